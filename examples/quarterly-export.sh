#!/usr/bin/env bash
# Quarterly export, for a scheduled job (cron on Linux, Task Scheduler through Git Bash on Windows).
#
#   examples/quarterly-export.sh [PERIOD]
#
# PERIOD is 2026-Q1 … 2026-Q4, 2026-6M, 2026-9M or 2026; without it, the latest quarter that has
# ended (`last`). The register is $COI_DATA, else the current folder.
# The program is $COI, else `coi` on the PATH.
#
# It checks the register, stops if `coi check` finds errors (exit 1, the findings on stderr), writes
# the CSV files and a workbook to reports/<PERIOD>/ inside the register, and commits them when
# the register is a git repository. Running it twice for the same period changes nothing the
# second time: the same register and period give the same bytes.
#
# Example crontab line: at 07:00 on the 16th of March, June, September and December:
#   0 7 16 3,6,9,12 * cd /srv/so-xdli && /opt/coi/quarterly-export.sh >> reports/export.log 2>&1
set -euo pipefail

coi=${COI:-coi}
period_arg=${1:-last}

register=${COI_DATA:-$PWD}
if [ ! -f "$register/coi.yaml" ]; then
  echo "quarterly-export: $register is not a register (no coi.yaml); run it there or set COI_DATA" >&2
  exit 1
fi

# The period's short name, as coi names it (`last` becomes e.g. 2026-Q1).
period=$("$coi" --data "$register" --format json report --period "$period_arg" \
  | sed -n 's/^  "period": "\(.*\)",$/\1/p')

"$coi" --data "$register" check >&2

out="$register/reports/$period"
"$coi" --data "$register" report --period "$period" --out "$out" --xlsx "$out/bao-cao-$period.xlsx" >/dev/null

if git -C "$register" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git -C "$register" add -- "reports/$period"
  if ! git -C "$register" diff --cached --quiet -- "reports/$period"; then
    git -C "$register" commit --quiet -m "report $period: export" -- "reports/$period"
  fi
fi
echo "$out"
