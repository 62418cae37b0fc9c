#!/usr/bin/env bash
# Quarterly export, for a scheduled job (cron on Linux, Task Scheduler through Git Bash on Windows).
#
#   examples/quarterly-export.sh [--log FILE] [--docx] [--submit] [--allow-errors]
#                                [REPORT OPTIONS] [PERIOD]
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
# It needs nothing set up: no HOME, no git identity, no terminal (cron runs it with almost no
# environment). It acts, commits and tags as «coi (tự động)» unless COI_USER (or --by) names
# someone else. Its own messages are in the register's language (`language` in coi.yaml; COI_LANG
# or --lang win over it).
#
# When the register's repository has a shared remote (see "Làm việc trên nhiều máy" in the
# README), it runs `coi sync` first, so that the figures count every department's records, and
# again at the end, so that the export and a submission reach the others. A sync that fails (the
# server cannot be reached) stops it with coi's message and exit 1, before anything is written.
#
#   --log FILE      append everything it prints to FILE (relative to the folder it is run in),
#                   after a dated header (date, register, command line); FILE's folder is made
#                   if missing, and a FILE inside a git repository is kept out of `git status`
#   --docx          also write the report document, reports/<PERIOD>/bao-cao-<PERIOD>.docx, for
#                   the office to complete (parts II–IV), sign and send
#   --submit        also record that this report is the one sent (`coi report --submit`: the git
#                   tag bao-cao/<PERIOD> holding every figure); for the run made when the report
#                   goes out, not for a scheduled one
#   --allow-errors  export even when `coi check` finds errors: the records with errors are left
#                   out of the figures and listed (khong-tinh.csv; the summary says «CHƯA ĐẦY ĐỦ»)
#   --as-of REV|DATE, --delimiter CHAR, --no-bom, --by NAME, --lang vi|en
#                   given to `coi report` as they are (see `coi report --help`)
#
# Example crontab line (README, "Scheduled export"): at 07:00 on the 16th of March, June,
# September and December:
#   0 7 16 3,6,9,12 * cd /srv/so-xdli && COI=/usr/local/bin/coi /opt/coi/quarterly-export.sh --log reports/export.log
set -euo pipefail

coi=${COI:-coi}
command_line="$0${*:+ $*}"
report_flags=()
period_arg=last
log=""
allow_errors=""
want_docx=""
bad_option=""
while [ $# -gt 0 ]; do
  arg=$1
  shift
  case $arg in
    --log) log=${1-}; [ $# -gt 0 ] && shift ;;
    --log=*) log=${arg#--log=} ;;
    --docx) want_docx=1 ;;
    --submit) report_flags+=(--submit) ;;
    --allow-errors) allow_errors=1; report_flags+=(--allow-errors) ;;
    --no-bom) report_flags+=(--no-bom) ;;
    --as-of | --delimiter | --by | --lang)
      if [ $# -eq 0 ]; then bad_option=$arg; break; fi
      report_flags+=("$arg" "$1")
      case $arg in
        --by) export COI_USER=$1 ;;
        --lang) export COI_LANG=$1 ;;
      esac
      shift ;;
    --as-of=* | --delimiter=* | --by=* | --lang=*)
      report_flags+=("$arg")
      case $arg in
        --by=*) export COI_USER=${arg#--by=} ;;
        --lang=*) export COI_LANG=${arg#--lang=} ;;
      esac ;;
    -*) bad_option=$arg; break ;;
    *) period_arg=$arg ;;
  esac
done

register=${COI_DATA:-$PWD}

# The language of its messages: COI_LANG (or --lang), else the register's `language`, else vi.
lang=${COI_LANG:-}
if [ -z "$lang" ] && [ -f "$register/coi.yaml" ]; then
  lang=$(sed -n 's/^language:[[:space:]]*["'\'']\{0,1\}\([a-z]*\).*/\1/p' "$register/coi.yaml" | head -n 1)
fi
# say VI EN: one message, in the register's language.
say() {
  if [ "$lang" = en ]; then printf '%s\n' "$2"; else printf '%s\n' "$1"; fi
}

if [ -n "$bad_option" ]; then
  say "quarterly-export: tùy chọn không có hoặc thiếu giá trị: $bad_option (có: --log, --docx, --submit, --allow-errors, --as-of, --delimiter, --no-bom, --by, --lang)" \
    "quarterly-export: unknown option or missing value: $bad_option (--log, --docx, --submit, --allow-errors, --as-of, --delimiter, --no-bom, --by, --lang)" >&2
  exit 2
fi

# With --log, everything from here on goes to the log, after a dated header.
if [ -n "$log" ]; then
  log_dir=$(dirname -- "$log")
  if ! mkdir -p -- "$log_dir" 2>/dev/null || ! : >>"$log" 2>/dev/null; then
    say "quarterly-export: không ghi được nhật ký $log" "quarterly-export: cannot write the log $log" >&2
    exit 2
  fi
  exec >>"$log" 2>&1
  # A log inside a git repository stays out of `git status`: it is this machine's, never
  # committed (listed in the repository's own .git/info/exclude, which is not shared).
  log_name=$(basename -- "$log")
  if [ -n "$(git -C "$log_dir" ls-files --others --exclude-standard -- "$log_name" 2>/dev/null)" ]; then
    git_dir=$(git -C "$log_dir" rev-parse --absolute-git-dir)
    mkdir -p "$git_dir/info"
    echo "/$(git -C "$log_dir" rev-parse --show-prefix)$log_name" >>"$git_dir/info/exclude"
  fi
  echo
  say "=== $(date '+%Y-%m-%d %H:%M:%S %z') · sổ: $register · lệnh: $command_line" \
    "=== $(date '+%Y-%m-%d %H:%M:%S %z') · register: $register · command: $command_line"
fi

if [ ! -f "$register/coi.yaml" ]; then
  say "quarterly-export: $register không phải là sổ đăng ký (không có coi.yaml); chạy trong thư mục sổ hoặc đặt COI_DATA" \
    "quarterly-export: $register is not a register (no coi.yaml); run it there or set COI_DATA" >&2
  exit 1
fi

# A scheduled run has nobody at the keyboard: it acts, commits and tags as «coi (tự động)».
export COI_USER="${COI_USER:-coi (tự động)}"

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

# Errors stop it (exit 1), unless --allow-errors leaves the records with errors out.
checked=0
"$coi" --data "$register" check >&2 || checked=$?
if [ "$checked" -ne 0 ] && ! { [ "$checked" -eq 1 ] && [ -n "$allow_errors" ]; }; then
  exit "$checked"
fi

out="$register/reports/$period"
if [ -n "$want_docx" ]; then
  report_flags+=(--docx "$out/bao-cao-$period.docx")
fi
shown=$("$coi" --data "$register" report --period "$period" --out "$out" \
  --xlsx "$out/bao-cao-$period.xlsx" ${report_flags[@]+"${report_flags[@]}"})
# Figures left incomplete by --allow-errors say so in the log too (the line under the title).
printf '%s\n' "$shown" | grep -E '^(CHƯA ĐẦY ĐỦ|INCOMPLETE): ' >&2 || true

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
