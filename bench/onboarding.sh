#!/usr/bin/env bash
# A new organisation's waits: CSV import of 5 000 people and search among them, sign-in through an OpenID Connect
# provider in Chromium (password form as baseline), 1 000 mails through a real SMTP server, delivery after an outage.
# Arguments: people (5000), sign-ins (20), mails (1000), outage seconds (60). Figures to target/bench/onboarding.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
bash src/test/scripts/ensure-test-tools.sh
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$JAVA_HOME/bin/java" -Xmx3g -cp "$BENCH_CP" \
  dk.sammen.bench.OnboardingBench "$@"
