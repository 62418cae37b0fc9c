#!/usr/bin/env bash
# Quarterly export, for a scheduled job (cron on Linux, Task Scheduler through Git Bash on Windows).
#
#   examples/quarterly-export.sh [--docx] [--submit] [PERIOD]
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
# When the register's repository has a shared remote (see "Làm việc trên nhiều máy" in the
# README), it runs `coi sync` first, so that the figures count every department's records, and
# again at the end, so that the export and a submission reach the others. A sync that fails (the
# server cannot be reached) stops it with coi's message and exit 1, before anything is written.
#
#   --docx     also write the report document, reports/<PERIOD>/bao-cao-<PERIOD>.docx, for the
#              office to complete (parts II–IV), sign and send
#   --submit   also record that this report is the one sent (`coi report --submit`: the git tag
#              bao-cao/<PERIOD> holding every figure); for the run made when the report goes out,
#              not for a scheduled one
#
# Example crontab line: at 07:00 on the 16th of March, June, September and December:
#   0 7 16 3,6,9,12 * cd /srv/so-xdli && /opt/coi/quarterly-export.sh >> reports/export.log 2>&1
set -euo pipefail

coi=${COI:-coi}
report_flags=()
period_arg=last
for arg in "$@"; do
  case $arg in
    --docx) want_docx=1 ;;
    --submit) report_flags+=(--submit) ;;
    -*) echo "quarterly-export: unknown option $arg (--docx, --submit)" >&2; exit 2 ;;
    *) period_arg=$arg ;;
  esac
done

register=${COI_DATA:-$PWD}
if [ ! -f "$register/coi.yaml" ]; then
  echo "quarterly-export: $register is not a register (no coi.yaml); run it there or set COI_DATA" >&2
  exit 1
fi

# Every department's records first, when there is a shared remote.
shared=""
if git -C "$register" rev-parse --is-inside-work-tree >/dev/null 2>&1 \
  && [ -n "$(git -C "$register" remote)" ]; then
  shared=1
  "$coi" --data "$register" sync >&2
fi

# The period's code, as coi names it (`last` becomes e.g. 2026-Q1): the first line of
# `coi period`.
period=$("$coi" --data "$register" period "$period_arg")
period=${period%%$'\n'*}

"$coi" --data "$register" check >&2

out="$register/reports/$period"
if [ -n "${want_docx:-}" ]; then
  report_flags+=(--docx "$out/bao-cao-$period.docx")
fi
"$coi" --data "$register" report --period "$period" --out "$out" --xlsx "$out/bao-cao-$period.xlsx" \
  ${report_flags[@]+"${report_flags[@]}"} >/dev/null

if git -C "$register" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git -C "$register" add -- "reports/$period"
  if ! git -C "$register" diff --cached --quiet -- "reports/$period"; then
    # The identity coi commits as, given to git the same way: git needs none set up.
    who=$("$coi" --data "$register" whoami)
    name=${who% <*}
    email=${who##* <}
    email=${email%>}
    git -C "$register" -c user.name="$name" -c user.email="$email" \
      commit --quiet -m "report $period: export" -- "reports/$period"
  fi
fi
if [ -n "$shared" ]; then
  "$coi" --data "$register" sync >&2
fi
echo "$out"
