#!/usr/bin/env bash
# make-demo.sh: build the demo register (data/) entirely through the `coi` command line.
#
# Build coi first, then run from the project root:
#
#     cargo build --release
#     bash examples/make-demo.sh [--force] [DIR]
#
#   DIR       the folder to create (default: data)
#   --force   DIR already holds a register (coi.yaml): delete that folder and build it again.
#             Nothing else is ever deleted, and a folder without coi.yaml is never deleted.
#   COI       the coi program (default: target/release/coi). It may be a command with
#             arguments, split at spaces: COI=target/debug/coi, or
#             COI="cargo run --quiet --release --" (slow: it runs once per record).
#
# The register is the one of a fictitious agency, "Ban Quản lý Khu kinh tế tỉnh Bình Hải",
# for 2026 (January to November): 13 conflict-of-interest cases, 12 gift reports, 12
# propagation/training sessions, 5 inspections and 9 other steps of its plan, spread over its
# units. Every person, enterprise, address, decision and document number in it is invented;
# any likeness to real ones is chance.
#
# The output is reproducible: every record is added with a fixed clock (COI_NOW, a time on the
# day of the record's last fact, as if the clerk typed it in then) and a fixed clerk (COI_USER),
# so two runs give byte-identical files. The register is made with --no-git and its coi.yaml says
# auto_commit: false, so running coi on the demo never commits into the repository around it.
#
# Exit status: 0 when the register was built and `coi check` finds no error; non-zero otherwise.

set -euo pipefail

usage() {
    sed -n '2,26s/^# \{0,1\}//p' "$0"
}

die() {
    printf 'make-demo: %s\n' "$*" >&2
    exit 1
}

# --- Arguments ------------------------------------------------------------------------------

force=0
dir=
for arg in "$@"; do
    case $arg in
        --force) force=1 ;;
        -h | --help) usage; exit 0 ;;
        -*) printf 'make-demo: unknown option %s\n\n' "$arg" >&2; usage >&2; exit 2 ;;
        *)
            [[ -z $dir ]] || { printf 'make-demo: give only one folder\n\n' >&2; usage >&2; exit 2; }
            dir=$arg
            ;;
    esac
done
dir=${dir:-data}
dir=${dir%/}
[[ -n $dir ]] || die "refusing to use / as the register folder"

read -r -a coi_cmd <<< "${COI:-target/release/coi}"
[[ ${#coi_cmd[@]} -gt 0 ]] || die "COI is empty"
command -v -- "${coi_cmd[0]}" > /dev/null 2>&1 ||
    die "coi program not found: ${coi_cmd[0]} (run 'cargo build --release' in the project root first, or set COI)"

# --- The target folder ----------------------------------------------------------------------

if [[ -e $dir && ! -d $dir ]]; then
    die "$dir exists and is not a folder"
fi
if [[ -f $dir/coi.yaml ]]; then
    ((force)) || die "$dir already holds a register (coi.yaml); run again with --force to delete and rebuild it"
    here=$(pwd -P)
    abs=$(cd -- "$dir" && pwd -P)
    case "$here/" in
        "$abs"/*) die "refusing to delete $dir: it is the current folder or one above it" ;;
    esac
    [[ $abs != / && $abs != "${HOME:-/}" ]] || die "refusing to delete $abs"
    printf 'Deleting the old register in %s\n' "$dir"
    rm -rf -- "$dir"
elif [[ -d $dir && -n $(ls -A -- "$dir") ]]; then
    die "$dir exists, is not empty and holds no coi.yaml: not touching it"
fi

# --- Environment: the same input gives the same files ---------------------------------------

unset COI_DATA
export COI_LANG=vi # also the `language` that init writes into coi.yaml
export COI_USER="Nguyễn Thị Phương Thảo" # chuyên viên Văn phòng, who keeps the register
export COI_NOW=2026-01-05T08:30:00+07:00

# Belt and braces next to auto_commit: false: git run by coi inside the register does not look
# for a repository above it.
mkdir -p -- "$dir"
GIT_CEILING_DIRECTORIES=$(cd -- "$dir/.." && pwd -P)
export GIT_CEILING_DIRECTORIES

coi() {
    "${coi_cmd[@]}" --data "$dir" "$@"
}

# at DATE HH:MM: the time the clerk enters the next record.
at() {
    export COI_NOW="${1}T${2}:00+07:00"
}

n_case=0 n_gift=0 n_training=0 n_inspection=0 n_action=0

# add KIND LABEL FLAGS...: adds a record of KIND and prints its new ID with LABEL.
add() {
    local kind=$1 label=$2 id
    shift 2
    id=$(coi "$kind" add --quiet "$@") || die "coi refused the $kind «$label» (see above)"
    printf '  %s  %s\n' "$id" "$label"
}

case_add() { add case "$@" && n_case=$((n_case + 1)); }
gift_add() { add gift "$@" && n_gift=$((n_gift + 1)); }
training_add() { add training "$@" && n_training=$((n_training + 1)); }
inspection_add() { add inspection "$@" && n_inspection=$((n_inspection + 1)); }
action_add() { add action "$@" && n_action=$((n_action + 1)); }

# --- The register: agency and units ---------------------------------------------------------

# CODE|Name|Head|COI supervision focal point (the default supervisor of the unit's cases)
units=(
    "VP|Văn phòng|Trần Thị Minh Hằng|Lê Quang Vinh"
    "QLDT|Phòng Quản lý đầu tư|Phạm Văn Thắng|Nguyễn Thị Thu Hà"
    "QLDN|Phòng Quản lý doanh nghiệp|Đỗ Thị Lan Anh|Hoàng Minh Tuấn"
    "QHXD|Phòng Quản lý quy hoạch và xây dựng|Võ Đình Khoa|Bùi Thị Ngọc Ánh"
    "TNMT|Phòng Quản lý tài nguyên và môi trường|Huỳnh Văn Lộc|Trương Thị Mỹ Duyên"
    "TTHT|Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế|Ngô Quốc Bảo|Đặng Thị Hồng Nhung"
)

unit_flags=()
people_sed=
for u in "${units[@]}"; do
    IFS='|' read -r code name head focal <<< "$u"
    unit_flags+=(--unit "$code=$name")
    # After the unit's `name:` line, add its head and focal point (POSIX sed: a backslash
    # before a newline in the replacement inserts the newline).
    people_sed+="s/^  name: $name\$/&\\
  head: $head\\
  focal_point: $focal/
"
done

printf 'Creating the register in %s\n' "$dir"
"${coi_cmd[@]}" init "$dir" --no-git \
    --agency "Ban Quản lý Khu kinh tế tỉnh Bình Hải" \
    "${unit_flags[@]}"

cfg=$dir/coi.yaml
sed -e 's/^auto_commit: true$/auto_commit: false/' -e "$people_sed" "$cfg" > "$cfg.new"
mv -- "$cfg.new" "$cfg"
# The header, «Nơi nhận» and the signer of the report document (`coi report --docx`), as at the
# end of the seed's plan; the deputy head who signs is invented.
cat >> "$cfg" <<'EOF'
parent_body: ỦY BAN NHÂN DÂN TỈNH BÌNH HẢI
place: Bình Hải
doc_code: BQL
signer:
  for: KT. TRƯỞNG BAN
  title: PHÓ TRƯỞNG BAN
  name: Phan Quốc Trung
recipients:
- 'Thanh tra tỉnh (để b/c);'
- 'Lãnh đạo Ban;'
- 'Các phòng và đơn vị trực thuộc;'
- 'Lưu: VT, VP.'
EOF
grep -qx 'auto_commit: false' "$cfg" || die "could not set auto_commit: false in $cfg"
[[ $(grep -c '^  focal_point: ' "$cfg") -eq ${#units[@]} ]] || die "could not add the units' heads to $cfg"
coi check > /dev/null || die "$cfg is not valid after editing it (see above)"

# --- The plan for 2026 (seed: carrying out Kế hoạch số 55/KH-UBND ngày 03/02/2026) ----------
#
# `coi plan init` writes the seed plan's eight tasks (II.1–II.6, III.1, III.2), each for every
# unit; the office fills in the plan's number and date, the province's plan it carries out, and
# the Văn phòng as the lead of II.1 (internal rules, focal points) and III.2 (checking, urging,
# reporting).

printf 'Plan for 2026:\n'
coi plan init --year 2026
plan=$dir/plans/2026.yaml
sed -e 's|^number:.*|number: 12/KH-BQL|' \
    -e 's|^issued_on:.*|issued_on: 10/02/2026|' \
    -e 's|^implements:.*|implements: Kế hoạch số 55/KH-UBND ngày 03/02/2026 của UBND tỉnh về triển khai thực hiện kiểm soát xung đột lợi ích năm 2026|' \
    -e '/^- code: II\.1$/,/^  lead:$/s|^  lead:$|  lead: VP|' \
    -e '/^- code: III\.2$/,/^  lead:$/s|^  lead:$|  lead: VP|' \
    "$plan" > "$plan.new"
mv -- "$plan.new" "$plan"
[[ $(grep -c '^  lead: VP$' "$plan") -eq 2 ]] || die "could not fill in $plan"
coi check > /dev/null || die "$plan is not valid after filling it in (see above)"

# --- Conflict-of-interest cases (Decree 59/2019 Art. 29) ------------------------------------
#
# Dates follow the procedure: known ≤ reported ≤ received; the head decides a measure within 5
# working days of receiving the report and notifies within 5 working days after deciding;
# temporary suspension and transfer last 90 days (Art. 47). Closed cases come first in the
# year, the later ones are still under a measure or awaiting the head's decision.

printf 'Cases:\n'

at 2026-02-06 15:30
case_add "QLDT, k8, tự báo cáo, giám sát, đã kết thúc" \
    --unit QLDT \
    --person-name "Phan Minh Đức" \
    --person-position "Chuyên viên Phòng Quản lý đầu tư" \
    --situation-type art29_8 \
    --situation "Được phân công thẩm định hồ sơ đề nghị điều chỉnh Giấy chứng nhận đăng ký đầu tư dự án Nhà máy sản xuất bao bì Hải Phát tại Khu công nghiệp Nam Cảng, trong khi em ruột là ông Phan Minh Trí đang giữ chức Phó Giám đốc Công ty TNHH Bao bì Hải Phát, nhà đầu tư của dự án." \
    --source self_report \
    --occurred-on 06/01/2026 \
    --known-on 07/01/2026 \
    --reported-on 08/01/2026 \
    --received-on 09/01/2026 \
    --impact potential \
    --proposed-measure "Đề nghị Trưởng phòng giao công chức khác thẩm định hồ sơ; bản thân không tham gia ý kiến, không ký trình đối với hồ sơ của doanh nghiệp." \
    --measures-kind supervision \
    --measures-decided-on 13/01/2026 \
    --measures-decision-no "Quyết định số 09/QĐ-BQL" \
    --measures-supervisor "Nguyễn Thị Thu Hà" \
    --measures-from 13/01/2026 \
    --measures-ended-on 06/02/2026 \
    --notified-on 15/01/2026 \
    --closed-on 06/02/2026 \
    --closed-outcome conflict_ended \
    --closed-discipline none \
    --note "Hồ sơ của doanh nghiệp đã được giải quyết xong ngày 05/02/2026 (Văn bản số 215/BQL-QLĐT); chấm dứt giám sát."

at 2026-02-13 16:00
case_add "QLDN, k4, người quản lý phát hiện, không có XĐLI" \
    --unit QLDN \
    --person-name "Lương Thị Kim Oanh" \
    --person-position "Chuyên viên Phòng Quản lý doanh nghiệp" \
    --situation-type art29_4 \
    --situation "Trưởng phòng phát hiện công chức cung cấp cho người quen thông tin về việc Công ty TNHH Gỗ nội thất Minh Long (Khu công nghiệp Tân Hưng) chuẩn bị thanh lý dây chuyền sản xuất, thông tin có được qua báo cáo doanh nghiệp gửi Ban Quản lý." \
    --source detected_by_manager \
    --reporter-name "Đỗ Thị Lan Anh" \
    --reporter-organization "Phòng Quản lý doanh nghiệp" \
    --known-on 04/02/2026 \
    --reported-on 05/02/2026 \
    --received-on 05/02/2026 \
    --impact potential \
    --proposed-measure "Xác minh nguồn gốc thông tin; nhắc nhở công chức giữ bí mật thông tin của doanh nghiệp." \
    --no-conflict-on 11/02/2026 \
    --notified-on 13/02/2026 \
    --closed-on 13/02/2026 \
    --closed-outcome no_conflict \
    --note "Kết quả xác minh: doanh nghiệp đã tự đăng thông báo thanh lý tài sản trên báo Bình Hải ngày 28/01/2026, thông tin không còn là thông tin nội bộ; công chức không vụ lợi."

at 2026-05-15 16:00
case_add "VP, k7, qua kiểm tra, tạm chuyển vị trí, khiển trách" \
    --unit VP \
    --person-name "Đinh Văn Tài" \
    --person-position "Chuyên viên Văn phòng, phụ trách mua sắm tài sản" \
    --situation-type art29_7 \
    --situation "Được giao làm đầu mối mua sắm văn phòng phẩm, đã tham mưu ký 03 hợp đồng mua văn phòng phẩm năm 2025 (tổng giá trị 186.500.000 đồng) với hộ kinh doanh Văn phòng phẩm Ánh Dương do vợ là bà Lê Thị Ánh làm chủ, nhưng không báo cáo." \
    --source inspection \
    --reporter-name "Trần Văn Lâm" \
    --reporter-organization "Đoàn kiểm tra nội bộ theo Quyết định số 25/QĐ-BQL ngày 02/02/2026" \
    --inspection KT-2026-001 \
    --occurred-on 03/03/2025 \
    --known-on 09/03/2026 \
    --reported-on 10/03/2026 \
    --received-on 10/03/2026 \
    --impact actual \
    --proposed-measure "Tạm thời chuyển vị trí công tác khỏi nhiệm vụ mua sắm; xem xét xử lý kỷ luật theo Điều 84 Nghị định số 59/2019/NĐ-CP." \
    --measures-kind temporary_transfer \
    --measures-decided-on 13/03/2026 \
    --measures-decision-no "Quyết định số 41/QĐ-BQL" \
    --measures-from 16/03/2026 \
    --measures-until 13/06/2026 \
    --measures-ended-on 15/05/2026 \
    --notified-on 17/03/2026 \
    --closed-on 15/05/2026 \
    --closed-outcome violation_handled \
    --closed-discipline reprimand \
    --closed-head-responsibility "Chánh Văn phòng kiểm điểm, rút kinh nghiệm trước Lãnh đạo Ban vì chưa kịp thời phát hiện, chấn chỉnh; Văn phòng rà soát quy trình mua sắm, bổ sung bản cam kết không có xung đột lợi ích của người tham gia mua sắm." \
    --note "Kỷ luật khiển trách theo Quyết định số 95/QĐ-BQL ngày 15/05/2026; chấm dứt việc tạm thời chuyển vị trí công tác, bố trí nhiệm vụ hành chính – tổng hợp không liên quan đến mua sắm."

at 2026-07-27 10:00
case_add "QHXD, k3, người khác thông tin, tạm đình chỉ, đã kết thúc" \
    --unit QHXD \
    --person-name "Vũ Thanh Sơn" \
    --person-position "Chuyên viên Phòng Quản lý quy hoạch và xây dựng" \
    --situation-type art29_3 \
    --situation "Được giao thẩm định hồ sơ đề nghị cấp giấy phép xây dựng nhà xưởng của Công ty TNHH Dệt may Thành Công Phát tại Khu công nghiệp Tân Hưng, đồng thời được cho là nhận lời hướng dẫn, chỉnh sửa hồ sơ thiết kế cho chính doanh nghiệp này thông qua Công ty TNHH Tư vấn thiết kế Đông Phong." \
    --source reported_by_others \
    --reporter-name "Lê Hoàng Phương" \
    --reporter-organization "Công ty CP Phát triển hạ tầng Khu công nghiệp Tân Hưng" \
    --known-on 20/04/2026 \
    --reported-on 21/04/2026 \
    --received-on 22/04/2026 \
    --impact potential \
    --proposed-measure "Tạm đình chỉ việc thẩm định hồ sơ của doanh nghiệp, giao công chức khác thẩm định; xác minh nội dung thông tin." \
    --measures-kind temporary_suspension \
    --measures-decided-on 24/04/2026 \
    --measures-decision-no "Quyết định số 72/QĐ-BQL" \
    --measures-from 28/04/2026 \
    --measures-until 26/07/2026 \
    --measures-ended-on 26/07/2026 \
    --notified-on 28/04/2026 \
    --closed-on 27/07/2026 \
    --closed-outcome conflict_ended \
    --closed-discipline none \
    --note "Kết quả xác minh: công chức chỉ hướng dẫn chung về thành phần hồ sơ, không nhận thù lao; hồ sơ đã được công chức khác thẩm định, cấp phép ngày 15/06/2026. Đã nhắc nhở, rút kinh nghiệm."

at 2026-08-25 15:00
case_add "TNMT, k1, đơn phản ánh, tạm đình chỉ, cảnh cáo" \
    --unit TNMT \
    --person-name "Hồ Văn Nghĩa" \
    --person-position "Chuyên viên Phòng Quản lý tài nguyên và môi trường" \
    --situation-type art29_1 \
    --situation "Theo đơn phản ánh, trong thời gian là thành viên đoàn kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại Công ty CP Chế biến thủy sản Biển Xanh, công chức đã nhận của doanh nghiệp 01 chuyến nghỉ dưỡng cho gia đình trị giá khoảng 18.000.000 đồng." \
    --source complaint \
    --reporter-organization "Đơn phản ánh gửi qua đường dây nóng của Ban Quản lý (người phản ánh đề nghị giữ bí mật họ tên)" \
    --known-on 18/05/2026 \
    --reported-on 19/05/2026 \
    --received-on 19/05/2026 \
    --impact actual \
    --proposed-measure "Tạm đình chỉ công tác 90 ngày để xác minh; thay thành viên đoàn kiểm tra." \
    --measures-kind temporary_suspension \
    --measures-decided-on 22/05/2026 \
    --measures-decision-no "Quyết định số 96/QĐ-BQL" \
    --measures-from 25/05/2026 \
    --measures-until 22/08/2026 \
    --measures-ended-on 22/08/2026 \
    --notified-on 26/05/2026 \
    --closed-on 25/08/2026 \
    --closed-outcome violation_handled \
    --closed-discipline warning \
    --closed-head-responsibility "Trưởng phòng Quản lý tài nguyên và môi trường kiểm điểm trách nhiệm người đứng đầu trước Lãnh đạo Ban; Trưởng đoàn kiểm tra bị nhắc nhở vì chưa quán triệt quy định về nhận quà tặng, lợi ích khi làm việc với doanh nghiệp." \
    --note "Kỷ luật cảnh cáo theo Quyết định số 152/QĐ-BQL ngày 25/08/2026; công chức đã nộp số tiền tương đương giá trị chuyến nghỉ dưỡng vào ngân sách nhà nước."

at 2026-08-28 14:00
case_add "TTHT, k5, tự báo cáo, biện pháp khác, đã kết thúc" \
    --unit TTHT \
    --person-name "Trịnh Văn Phúc" \
    --person-position "Phó Giám đốc Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế" \
    --situation-type art29_5 \
    --situation "Là Phó Chủ tịch Hội đồng xét tuyển viên chức năm 2026 của Trung tâm, trong khi em gái ruột là bà Trịnh Thị Mai đăng ký dự tuyển vị trí kế toán của Trung tâm." \
    --source self_report \
    --occurred-on 03/07/2026 \
    --known-on 06/07/2026 \
    --reported-on 07/07/2026 \
    --received-on 08/07/2026 \
    --impact potential \
    --proposed-measure "Xin không tham gia Hội đồng xét tuyển và các khâu liên quan đến vị trí kế toán." \
    --measures-kind other_handling \
    --measures-decided-on 10/07/2026 \
    --measures-decision-no "Quyết định số 131/QĐ-BQL" \
    --notified-on 14/07/2026 \
    --closed-on 28/08/2026 \
    --closed-outcome conflict_ended \
    --closed-discipline none \
    --note "Quyết định số 131/QĐ-BQL kiện toàn Hội đồng xét tuyển, thay ông Trịnh Văn Phúc bằng bà Đặng Thị Hồng Nhung. Kỳ xét tuyển kết thúc ngày 28/08/2026; bà Trịnh Thị Mai không trúng tuyển."

at 2026-09-07 09:30
case_add "QLDN, k2, người quản lý phát hiện, đang giám sát" \
    --unit QLDN \
    --person-name "Cao Minh Khang" \
    --person-position "Chuyên viên Phòng Quản lý doanh nghiệp" \
    --situation-type art29_2 \
    --situation "Qua xác minh bản kê khai tài sản, thu nhập năm 2025, phát hiện công chức vẫn là thành viên góp vốn và giữ chức danh Giám đốc Công ty TNHH Thương mại Dịch vụ Khang Phát (thành lập trước khi được tuyển dụng); doanh nghiệp cung cấp vật tư cho một số doanh nghiệp trong Khu công nghiệp Tân Hưng thuộc phạm vi phòng theo dõi." \
    --source detected_by_manager \
    --reporter-name "Đỗ Thị Lan Anh" \
    --reporter-organization "Phòng Quản lý doanh nghiệp" \
    --known-on 24/08/2026 \
    --reported-on 25/08/2026 \
    --received-on 26/08/2026 \
    --impact potential \
    --proposed-measure "Yêu cầu thôi giữ chức danh Giám đốc và chuyển nhượng phần vốn góp trong 30 ngày; giám sát việc thực hiện nhiệm vụ trong thời gian này." \
    --measures-kind supervision \
    --measures-decided-on 03/09/2026 \
    --measures-decision-no "Quyết định số 158/QĐ-BQL" \
    --measures-supervisor "Hoàng Minh Tuấn" \
    --measures-from 03/09/2026 \
    --notified-on 07/09/2026

at 2026-09-22 10:00
case_add "QLDT, k6, tự báo cáo, tạm chuyển vị trí (đến 19/12)" \
    --unit QLDT \
    --person-name "Trần Thị Bích Ngọc" \
    --person-position "Phó Trưởng phòng Quản lý đầu tư" \
    --situation-type art29_6 \
    --situation "Chồng là ông Đỗ Văn Khánh góp 15% vốn điều lệ Công ty CP Logistics Cảng Đông, doanh nghiệp đang đề nghị cấp Giấy chứng nhận đăng ký đầu tư dự án Trung tâm logistics Cảng Đông tại Khu kinh tế; bà được phân công phụ trách thẩm định các dự án thuộc lĩnh vực logistics." \
    --source self_report \
    --known-on 14/09/2026 \
    --reported-on 15/09/2026 \
    --received-on 16/09/2026 \
    --impact potential \
    --proposed-measure "Tạm thời chuyển sang phụ trách lĩnh vực xúc tiến đầu tư trong thời gian thẩm định, cấp phép dự án của Công ty CP Logistics Cảng Đông." \
    --measures-kind temporary_transfer \
    --measures-decided-on 18/09/2026 \
    --measures-decision-no "Quyết định số 176/QĐ-BQL" \
    --measures-from 21/09/2026 \
    --measures-until 19/12/2026 \
    --notified-on 22/09/2026

at 2026-10-16 15:00
case_add "QHXD, k9, đơn phản ánh, không có XĐLI" \
    --unit QHXD \
    --person-name "Mai Xuân Trường" \
    --person-position "Phó Trưởng phòng Quản lý quy hoạch và xây dựng" \
    --situation-type art29_9 \
    --situation "Đơn phản ánh cho rằng ông đã tác động đến cán bộ Sở Xây dựng để đẩy nhanh việc thẩm định điều chỉnh quy hoạch chi tiết Khu dân cư dịch vụ Bắc Cảng theo hướng có lợi cho chủ đầu tư." \
    --source complaint \
    --reporter-name "Phạm Thị Hoa" \
    --reporter-organization "Hộ dân tại thôn Hòa Bình, xã Nam Cảng" \
    --known-on 05/10/2026 \
    --reported-on 06/10/2026 \
    --received-on 07/10/2026 \
    --impact potential \
    --proposed-measure "Xác minh nội dung phản ánh; trong thời gian xác minh, Trưởng phòng trực tiếp theo dõi hồ sơ quy hoạch." \
    --no-conflict-on 13/10/2026 \
    --notified-on 16/10/2026 \
    --closed-on 16/10/2026 \
    --closed-outcome no_conflict \
    --note "Kết quả xác minh: việc trao đổi với Sở Xây dựng được thực hiện bằng Văn bản số 1820/BQL-QHXD ngày 10/09/2026 theo đúng chức năng, nhiệm vụ; không có căn cứ xác định xung đột lợi ích. Đã trả lời người phản ánh."

at 2026-11-04 14:00
case_add "TTHT, k7, qua thanh tra, đang giám sát" \
    --unit TTHT \
    --person-name "Lâm Quốc Việt" \
    --person-position "Viên chức Phòng Kỹ thuật hạ tầng, Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế" \
    --situation-type art29_7 \
    --situation "Là thành viên tổ chuyên gia đánh giá hồ sơ dự thầu gói thầu duy tu, sửa chữa tuyến đường D3 Khu công nghiệp Nam Cảng, trong khi nhà thầu trúng thầu là Công ty TNHH Xây dựng Quốc Thịnh do anh ruột là ông Lâm Quốc Thịnh làm Giám đốc." \
    --source inspection \
    --reporter-organization "Đoàn kiểm tra công vụ của Ban (Quyết định số 180/QĐ-BQL ngày 01/10/2026)" \
    --inspection KT-2026-004 \
    --known-on 26/10/2026 \
    --reported-on 27/10/2026 \
    --received-on 28/10/2026 \
    --impact actual \
    --proposed-measure "Không giao tham gia tổ chuyên gia, tổ thẩm định các gói thầu; giám sát việc nghiệm thu gói thầu; xem xét trách nhiệm khi có kết luận kiểm tra." \
    --measures-kind supervision \
    --measures-decided-on 02/11/2026 \
    --measures-decision-no "Quyết định số 205/QĐ-BQL" \
    --measures-supervisor "Đặng Thị Hồng Nhung" \
    --measures-from 02/11/2026 \
    --notified-on 04/11/2026

at 2026-11-18 09:00
case_add "QLDN, k1, tự báo cáo, chờ quyết định (hạn 26/11)" \
    --unit QLDN \
    --person-name "Nguyễn Hoàng Yến" \
    --person-position "Chuyên viên Phòng Quản lý doanh nghiệp" \
    --situation-type art29_1 \
    --situation "Công ty TNHH Điện tử Sao Mai (Khu công nghiệp Tân Hưng), doanh nghiệp đang được công chức hướng dẫn hồ sơ đề nghị xác nhận ưu đãi đầu tư, mời công chức tham gia chuyến khảo sát thị trường tại Hàn Quốc (dự kiến từ 07/12 đến 12/12/2026) do doanh nghiệp chi trả toàn bộ chi phí." \
    --source self_report \
    --known-on 16/11/2026 \
    --reported-on 17/11/2026 \
    --received-on 18/11/2026 \
    --impact potential \
    --proposed-measure "Từ chối lời mời; đề nghị Lãnh đạo Ban giao hồ sơ của doanh nghiệp cho công chức khác hướng dẫn, thẩm định."

at 2026-11-20 10:30
case_add "TNMT, k8, người khác thông tin, chờ quyết định (hạn 30/11)" \
    --unit TNMT \
    --person-name "Dương Thị Thanh Tâm" \
    --person-position "Chuyên viên Phòng Quản lý tài nguyên và môi trường" \
    --situation-type art29_8 \
    --situation "Được giao thẩm định hồ sơ đề nghị cấp giấy phép môi trường của Công ty CP Gạch men Hưng Thịnh; đơn vị tư vấn lập hồ sơ cho doanh nghiệp là Công ty TNHH Tư vấn môi trường Xanh Việt do chồng là ông Lý Văn Hải làm Giám đốc." \
    --source reported_by_others \
    --reporter-name "Nguyễn Đức Long" \
    --reporter-organization "Phòng Quản lý tài nguyên và môi trường" \
    --known-on 19/11/2026 \
    --reported-on 20/11/2026 \
    --received-on 20/11/2026 \
    --impact potential \
    --proposed-measure "Giao công chức khác thẩm định hồ sơ; công chức không tham gia đoàn kiểm tra thực tế tại doanh nghiệp."

at 2026-11-27 14:00
case_add "QLDT, k6, nguồn khác (rà soát hồ sơ quy hoạch cán bộ), đang giám sát" \
    --unit QLDT \
    --person-name "Trịnh Văn Hậu" \
    --person-position "Phó Trưởng phòng Quản lý đầu tư" \
    --person-code "BQL-0207" \
    --situation-type art29_6 \
    --situation "Qua rà soát hồ sơ nhân sự để bổ sung quy hoạch, phát hiện vợ là bà Lưu Thị Mai nắm 12% vốn điều lệ Công ty CP Logistics Cảng Bình Hải, doanh nghiệp đang đề nghị điều chỉnh dự án kho bãi trong Khu kinh tế mà phòng được giao thẩm định." \
    --source other \
    --reporter-name "Trần Thị Minh Hằng" \
    --reporter-organization "Văn phòng" \
    --known-on 20/11/2026 \
    --reported-on 23/11/2026 \
    --received-on 23/11/2026 \
    --impact potential \
    --proposed-measure "Không giao thẩm định hồ sơ điều chỉnh dự án của doanh nghiệp; giám sát việc thực hiện nhiệm vụ liên quan đến các dự án logistics." \
    --measures-kind supervision \
    --measures-decided-on 26/11/2026 \
    --measures-decision-no "Quyết định số 231/QĐ-BQL" \
    --measures-supervisor "Nguyễn Thị Thu Hà" \
    --measures-from 26/11/2026 \
    --notified-on 27/11/2026

# --- Gift reports (Decree 59/2019 Arts 24–28) -----------------------------------------------
#
# Hand-over within 5 working days of receipt (Tết 2026 keeps 16–20/02 off); handling by kind of
# gift: cash → state budget; goods → public sale, proceeds less costs to the budget within 30
# days of the sale; service → the provider is told it will not be used; perishables → handled
# like exhibits, or referred to the competent level; then the giver's body is notified.
# A service is never handed over (Art. 27(3)): the two service gifts are reported in writing and
# settled by the notice to the provider that the service will not be used.
# QT-2026-002 deliberately lacks the notice to the giver's body, so `coi due` has an old overdue step.

printf 'Gifts:\n'

at 2026-01-29 15:00
gift_add "QLDN, tiền mặt, nộp đúng hạn, nộp ngân sách" \
    --unit QLDN \
    --recipient-name "Phạm Thị Thu Trang" \
    --recipient-position "Chuyên viên Phòng Quản lý doanh nghiệp" \
    --recipient-code "BQL-0412" \
    --received-on 20/01/2026 \
    --place "Phòng làm việc của Phòng Quản lý doanh nghiệp, trụ sở Ban Quản lý" \
    --circumstances "Sau buổi hướng dẫn thủ tục báo cáo tình hình sử dụng lao động, đại diện doanh nghiệp để lại phong bì trên bàn làm việc rồi ra về, không thể từ chối trực tiếp." \
    --giver-name "Trần Quốc Hưng" \
    --giver-position "Giám đốc" \
    --giver-organization "Công ty TNHH May mặc Phúc Thịnh" \
    --giver-address "Lô B5, Khu công nghiệp Tân Hưng, xã Tân Hưng, tỉnh Bình Hải" \
    --relationship "Doanh nghiệp thuộc phạm vi theo dõi, hướng dẫn của phòng; không có quan hệ thân thích." \
    --related-to-duty true \
    --kind cash \
    --description "Phong bì đựng tiền mặt" \
    --value-vnd 3.000.000 \
    --reported-on 20/01/2026 \
    --handed-over-on 22/01/2026 \
    --handling-outcome state_budget \
    --handling-decided-on 23/01/2026 \
    --handling-paid-to-budget-on 27/01/2026 \
    --handling-budget-amount-vnd 3.000.000 \
    --handling-voucher-no "Giấy nộp tiền vào ngân sách nhà nước số 0001257 ngày 27/01/2026" \
    --giver-notified-on 29/01/2026

at 2026-02-27 16:00
gift_add "QLDT, tiền mặt dịp Tết, nộp đúng hạn nhờ nghỉ Tết, nộp ngân sách" \
    --unit QLDT \
    --recipient-name "Võ Thị Hạnh" \
    --recipient-position "Chuyên viên Phòng Quản lý đầu tư" \
    --received-on 10/02/2026 \
    --place "Văn phòng Công ty TNHH Linh kiện điện tử Hanvina, Khu công nghiệp Nam Cảng" \
    --circumstances "Trong buổi làm việc về hồ sơ điều chỉnh dự án trước Tết Nguyên đán Bính Ngọ, doanh nghiệp gửi phong bì mừng tuổi đầu xuân kèm thiệp chúc Tết; người nhận đã từ chối nhưng doanh nghiệp gửi lại qua bảo vệ cơ quan." \
    --giver-name "Lê Thị Thanh Hương" \
    --giver-position "Phó Tổng Giám đốc" \
    --giver-organization "Công ty TNHH Linh kiện điện tử Hanvina" \
    --giver-address "Lô C2, Khu công nghiệp Nam Cảng, xã Nam Cảng, tỉnh Bình Hải" \
    --relationship "Nhà đầu tư có hồ sơ đang được phòng thẩm định." \
    --related-to-duty true \
    --kind cash \
    --description "Phong bì đựng tiền mặt kèm thiệp chúc Tết" \
    --value-vnd 5.000.000 \
    --reported-on 11/02/2026 \
    --handed-over-on 24/02/2026 \
    --handling-outcome state_budget \
    --handling-decided-on 25/02/2026 \
    --handling-paid-to-budget-on 27/02/2026 \
    --handling-budget-amount-vnd 5.000.000 \
    --handling-voucher-no "Giấy nộp tiền vào ngân sách nhà nước số 0002034 ngày 27/02/2026" \
    --note "Nộp lại đúng hạn: 05 ngày làm việc kể từ 10/02/2026 kết thúc ngày 24/02/2026 vì nghỉ Tết Nguyên đán từ 16/02 đến 20/02/2026. Chưa gửi thông báo cho doanh nghiệp."

at 2026-04-03 15:00
gift_add "TTHT, hiện vật, nộp quá hạn, bán công khai" \
    --unit TTHT \
    --recipient-name "Đoàn Văn Lực" \
    --recipient-position "Trưởng phòng Kế hoạch – Tài chính, Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế" \
    --received-on 11/02/2026 \
    --place "Nhà riêng của người nhận" \
    --circumstances "Người tặng mang quà Tết đến nhà riêng khi người nhận vắng nhà; người nhà đã nhận thay." \
    --giver-name "Ngô Thanh Bình" \
    --giver-position "Phó Giám đốc" \
    --giver-organization "Công ty CP Xây lắp Hải Đăng" \
    --giver-address "Số 27 đường Trần Phú, phường Bắc Cảng, tỉnh Bình Hải" \
    --relationship "Nhà thầu đang thi công gói thầu do Trung tâm làm chủ đầu tư." \
    --related-to-duty true \
    --kind goods \
    --description "01 hộp quà Tết gồm 02 chai rượu vang nhập khẩu và 01 bộ ly pha lê" \
    --value-vnd 3.500.000 \
    --valuation giver_price \
    --reported-on 26/02/2026 \
    --handed-over-on 02/03/2026 \
    --handling-outcome public_sale \
    --handling-decided-on 06/03/2026 \
    --handling-sold-on 20/03/2026 \
    --handling-proceeds-vnd 2.800.000 \
    --handling-costs-vnd 300.000 \
    --handling-paid-to-budget-on 03/04/2026 \
    --handling-budget-amount-vnd 2.500.000 \
    --handling-voucher-no "Giấy nộp tiền vào ngân sách nhà nước số 0002871 ngày 03/04/2026" \
    --giver-notified-on 11/03/2026 \
    --note "Nộp lại quá hạn 05 ngày làm việc (hạn 25/02/2026); người nhận giải trình do đi công tác sau Tết; đã nhắc nhở, rút kinh nghiệm."

at 2026-04-24 16:00
gift_add "VP, quà tặng cơ quan, hiện vật, bán công khai" \
    --unit VP \
    --recipient-type agency \
    --received-on 05/03/2026 \
    --place "Hội trường Ban Quản lý" \
    --circumstances "Hiệp hội trao tặng Ban Quản lý tại Hội nghị đối thoại với doanh nghiệp đầu năm 2026." \
    --giver-name "Hà Văn Thịnh" \
    --giver-position "Chủ tịch Hiệp hội" \
    --giver-organization "Hiệp hội Doanh nghiệp Khu kinh tế tỉnh Bình Hải" \
    --giver-address "Số 5 đường Lê Lợi, phường Bắc Cảng, tỉnh Bình Hải" \
    --relationship "Tổ chức đại diện các doanh nghiệp chịu sự quản lý của Ban Quản lý." \
    --related-to-duty true \
    --kind goods \
    --description "01 bức tranh sơn mài khổ 120 × 80 cm" \
    --value-vnd 15.000.000 \
    --valuation appraisal \
    --reported-on 05/03/2026 \
    --handed-over-on 06/03/2026 \
    --handling-outcome public_sale \
    --handling-decided-on 16/03/2026 \
    --handling-sold-on 10/04/2026 \
    --handling-proceeds-vnd 16.200.000 \
    --handling-costs-vnd 1.200.000 \
    --handling-paid-to-budget-on 24/04/2026 \
    --handling-budget-amount-vnd 15.000.000 \
    --handling-voucher-no "Giấy nộp tiền vào ngân sách nhà nước số 0003346 ngày 24/04/2026" \
    --giver-notified-on 19/03/2026 \
    --note "Văn phòng tiếp nhận, quản lý quà từ ngày 06/03/2026; giá trị theo Chứng thư thẩm định giá số 58/2026/CT-TĐG."

at 2026-05-06 10:00
gift_add "TNMT, hải sản tươi sống, xử lý như tang vật" \
    --unit TNMT \
    --recipient-name "Huỳnh Thanh Phong" \
    --recipient-position "Chuyên viên Phòng Quản lý tài nguyên và môi trường" \
    --received-on 28/04/2026 \
    --place "Trụ sở Ban Quản lý" \
    --circumstances "Doanh nghiệp gửi quà qua dịch vụ chuyển phát đến cơ quan sau đợt kiểm tra, không có người để từ chối." \
    --giver-name "Lâm Thị Ngọc Diệp" \
    --giver-position "Giám đốc" \
    --giver-organization "Công ty TNHH Hải sản Bình Minh" \
    --giver-address "Lô A8, Khu công nghiệp Nam Cảng, xã Nam Cảng, tỉnh Bình Hải" \
    --relationship "Doanh nghiệp vừa được phòng kiểm tra việc chấp hành pháp luật về bảo vệ môi trường." \
    --related-to-duty true \
    --kind perishable \
    --description "01 thùng hải sản tươi sống (tôm hùm, cua biển) khoảng 6 kg" \
    --value-vnd 4.200.000 \
    --valuation market_price \
    --reported-on 28/04/2026 \
    --handed-over-on 28/04/2026 \
    --handling-outcome perishable_handled \
    --handling-decided-on 29/04/2026 \
    --handling-paid-to-budget-on 05/05/2026 \
    --handling-budget-amount-vnd 3.600.000 \
    --handling-voucher-no "Giấy nộp tiền vào ngân sách nhà nước số 0003712 ngày 05/05/2026" \
    --giver-notified-on 06/05/2026 \
    --note "Hàng tươi sống dễ hư hỏng: Hội đồng xử lý quyết định bán ngay theo giá thị trường, nộp số tiền thu được vào ngân sách nhà nước."

at 2026-05-15 09:00
gift_add "QHXD, dịch vụ nghỉ dưỡng, thông báo không sử dụng" \
    --unit QHXD \
    --recipient-name "Tạ Văn Hiếu" \
    --recipient-position "Chuyên viên Phòng Quản lý quy hoạch và xây dựng" \
    --received-on 11/05/2026 \
    --place "Trụ sở Ban Quản lý" \
    --circumstances "Doanh nghiệp gửi kèm thư cảm ơn sau khi được cấp giấy phép xây dựng." \
    --giver-name "Phan Thanh Nhàn" \
    --giver-position "Trưởng phòng Dự án" \
    --giver-organization "Công ty CP Đầu tư Du lịch Sóng Xanh" \
    --giver-address "Khu du lịch Sóng Xanh, xã Hải Bình, tỉnh Bình Hải" \
    --relationship "Chủ đầu tư dự án do phòng thẩm định, cấp giấy phép xây dựng." \
    --related-to-duty true \
    --kind service \
    --description "01 phiếu nghỉ dưỡng 02 đêm cho 02 người tại Khu nghỉ dưỡng Sóng Xanh" \
    --value-vnd 8.000.000 \
    --valuation giver_price \
    --reported-on 12/05/2026 \
    --handling-outcome service_declined \
    --handling-decided-on 14/05/2026 \
    --giver-notified-on 15/05/2026 \
    --note "Người nhận báo cáo bằng văn bản ngày 12/05/2026, kèm phiếu nghỉ dưỡng; Văn phòng gửi trả phiếu và thông báo bằng văn bản cho nhà cung cấp về việc không sử dụng dịch vụ (Văn bản số 842/BQL-VP ngày 15/05/2026)."

at 2026-08-07 15:00
gift_add "QLDT, hiện vật, không báo cáo, nộp quá hạn, khiển trách" \
    --unit QLDT \
    --recipient-name "Mạc Văn Toàn" \
    --recipient-position "Chuyên viên Phòng Quản lý đầu tư" \
    --received-on 02/06/2026 \
    --place "Quán cà phê gần trụ sở Ban Quản lý" \
    --circumstances "Đại diện doanh nghiệp hẹn gặp ngoài giờ làm việc để trao đổi về hồ sơ và đưa quà; người nhận không báo cáo cho đến khi Lãnh đạo phòng nhận được phản ánh." \
    --giver-name "Tống Văn Hậu" \
    --giver-position "Giám đốc" \
    --giver-organization "Công ty TNHH Cơ khí chính xác Tân Phát" \
    --giver-address "Lô D3, Khu công nghiệp Tân Hưng, xã Tân Hưng, tỉnh Bình Hải" \
    --relationship "Nhà đầu tư có hồ sơ đề nghị điều chỉnh dự án do người nhận thụ lý." \
    --related-to-duty true \
    --kind goods \
    --description "01 điện thoại di động thông minh còn nguyên hộp" \
    --value-vnd 12.000.000 \
    --valuation market_price \
    --reported-on 19/06/2026 \
    --handed-over-on 22/06/2026 \
    --handling-outcome public_sale \
    --handling-decided-on 26/06/2026 \
    --handling-sold-on 17/07/2026 \
    --handling-proceeds-vnd 9.500.000 \
    --handling-costs-vnd 500.000 \
    --handling-paid-to-budget-on 07/08/2026 \
    --handling-budget-amount-vnd 9.000.000 \
    --handling-voucher-no "Giấy nộp tiền vào ngân sách nhà nước số 0006128 ngày 07/08/2026" \
    --giver-notified-on 01/07/2026 \
    --violation-discipline reprimand \
    --violation-note "Không báo cáo, nộp lại quà trong thời hạn 05 ngày làm việc (hạn 09/06/2026); kỷ luật khiển trách theo Quyết định số 140/QĐ-BQL ngày 24/07/2026."

at 2026-08-18 10:00
gift_add "QLDN, dịch vụ golf, thông báo không sử dụng" \
    --unit QLDN \
    --recipient-name "Đinh Công Thành" \
    --recipient-position "Phó Trưởng phòng Quản lý doanh nghiệp" \
    --received-on 12/08/2026 \
    --place "Trụ sở Ban Quản lý" \
    --circumstances "Doanh nghiệp gửi thư mời kèm phiếu tham dự qua đường bưu điện." \
    --giver-name "Tô Minh Hiển" \
    --giver-position "Giám đốc đối ngoại" \
    --giver-organization "Công ty TNHH Công nghiệp Thép Đông Á" \
    --giver-address "Lô E1, Khu công nghiệp Nam Cảng, xã Nam Cảng, tỉnh Bình Hải" \
    --relationship "Doanh nghiệp thuộc phạm vi theo dõi của phòng." \
    --related-to-duty true \
    --kind service \
    --description "01 phiếu mời tham dự giải golf giao hữu, gồm phí sân và 01 đêm lưu trú" \
    --value-vnd 6.500.000 \
    --valuation giver_price \
    --reported-on 12/08/2026 \
    --handling-outcome service_declined \
    --handling-decided-on 14/08/2026 \
    --giver-notified-on 18/08/2026 \
    --note "Người nhận báo cáo bằng văn bản ngày 12/08/2026, kèm phiếu mời; Văn phòng gửi trả phiếu và thông báo bằng văn bản cho doanh nghiệp về việc không sử dụng dịch vụ."

at 2026-09-15 15:30
gift_add "VP, động vật sống, chuyển cấp có thẩm quyền" \
    --unit VP \
    --recipient-name "Lê Quang Vinh" \
    --recipient-position "Phó Chánh Văn phòng" \
    --received-on 08/09/2026 \
    --place "Phòng bảo vệ, trụ sở Ban Quản lý" \
    --circumstances "Sau kỳ nghỉ lễ Quốc khánh, doanh nghiệp chở quà đến cơ quan và để lại tại phòng bảo vệ, ghi gửi người nhận." \
    --giver-name "Hoàng Văn Mạnh" \
    --giver-position "Giám đốc" \
    --giver-organization "Công ty TNHH Nông sản sạch Bình An" \
    --giver-address "Thôn Đông, xã Bình An, tỉnh Bình Hải" \
    --relationship "Doanh nghiệp thuê đất trong Khu kinh tế, có hồ sơ gia hạn thuê đất đang được xem xét." \
    --related-to-duty true \
    --kind perishable \
    --description "02 con dê và 10 con gà thả vườn còn sống" \
    --value-vnd 7.000.000 \
    --valuation market_price \
    --reported-on 08/09/2026 \
    --handed-over-on 09/09/2026 \
    --handling-outcome escalated \
    --handling-decided-on 10/09/2026 \
    --giver-notified-on 15/09/2026 \
    --note "Chuyển Sở Tài chính xử lý theo thẩm quyền (Văn bản số 1534/BQL-VP ngày 10/09/2026)."

at 2026-10-21 16:00
gift_add "QHXD, hiện vật, đã nộp lại, chờ bán công khai" \
    --unit QHXD \
    --recipient-name "Hà Minh Quân" \
    --recipient-position "Chuyên viên Phòng Quản lý quy hoạch và xây dựng" \
    --received-on 19/10/2026 \
    --place "Công trường nhà xưởng của doanh nghiệp tại Khu công nghiệp Tân Hưng" \
    --circumstances "Nhận trong buổi kiểm tra công tác nghiệm thu công trình; doanh nghiệp đặt quà vào xe công vụ khi đoàn ra về." \
    --giver-name "Đặng Văn Tú" \
    --giver-position "Giám đốc" \
    --giver-organization "Công ty CP Xây dựng Tân Tiến" \
    --giver-address "Số 112 đường Nguyễn Huệ, phường Bắc Cảng, tỉnh Bình Hải" \
    --relationship "Nhà thầu thi công công trình đang được phòng kiểm tra công tác nghiệm thu." \
    --related-to-duty true \
    --kind goods \
    --description "01 bộ ấm chén gốm men lam và 01 hộp trà ô long" \
    --value-vnd 2.500.000 \
    --valuation market_price \
    --reported-on 19/10/2026 \
    --handed-over-on 21/10/2026 \
    --note "Chờ tổ chức bán công khai cùng đợt cuối năm."

at 2026-11-23 09:30
gift_add "TTHT, hiện vật, vừa nhận, chưa nộp lại (hạn 30/11)" \
    --unit TTHT \
    --recipient-name "Châu Thị Mỹ Linh" \
    --recipient-position "Viên chức Phòng Kế hoạch – Tài chính, Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế" \
    --received-on 20/11/2026 \
    --place "Trụ sở Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế" \
    --circumstances "Đại diện nhà thầu gửi quà khi đến nộp hồ sơ thanh toán khối lượng hoàn thành." \
    --giver-name "Quách Tuấn Kiệt" \
    --giver-position "Giám đốc" \
    --giver-organization "Công ty TNHH Cơ điện Kiệt Thành" \
    --giver-address "Số 48 đường Hai Bà Trưng, phường Nam Cảng, tỉnh Bình Hải" \
    --relationship "Nhà thầu có hồ sơ thanh toán do người nhận kiểm tra." \
    --related-to-duty true \
    --kind goods \
    --description "01 đồng hồ đeo tay nam còn nguyên hộp" \
    --value-vnd 4.500.000 \
    --valuation declared \
    --reported-on 23/11/2026

at 2026-11-23 15:00
gift_add "QLDN, tiền mặt, vừa nhận, chưa nộp lại (hạn 01/12)" \
    --unit QLDN \
    --recipient-name "Phạm Thị Thu Trang" \
    --recipient-position "Chuyên viên Phòng Quản lý doanh nghiệp" \
    --recipient-code "BQL-0412" \
    --received-on 23/11/2026 \
    --place "Phòng làm việc của Phòng Quản lý doanh nghiệp, trụ sở Ban Quản lý" \
    --circumstances "Doanh nghiệp kẹp phong bì trong bộ hồ sơ đề nghị xác nhận ưu đãi đầu tư nộp trực tiếp; người nhận phát hiện khi kiểm tra hồ sơ." \
    --giver-name "Trịnh Hoài Nam" \
    --giver-position "Trưởng phòng Hành chính – Nhân sự" \
    --giver-organization "Công ty TNHH Điện tử Sao Mai" \
    --giver-address "Lô B12, Khu công nghiệp Tân Hưng, xã Tân Hưng, tỉnh Bình Hải" \
    --relationship "Doanh nghiệp có hồ sơ đang được phòng hướng dẫn, thẩm định." \
    --related-to-duty true \
    --kind cash \
    --description "Phong bì đựng tiền mặt kẹp trong hồ sơ" \
    --value-vnd 2.000.000 \
    --reported-on 23/11/2026

# --- Propagation and training (Law 36/2018 Art. 6; the 2026 plans) --------------------------

printf 'Trainings:\n'

plan_pctn="Kế hoạch số 05/KH-BQL ngày 12/01/2026"
plan_pbgdpl="Kế hoạch số 08/KH-BQL ngày 20/01/2026"
plan_xdli="Kế hoạch số 12/KH-BQL ngày 10/02/2026"

at 2026-01-22 16:30
training_add "VP, hội nghị tổng kết PCTN" \
    --title "Hội nghị tổng kết công tác phòng, chống tham nhũng, tiêu cực năm 2025 và triển khai nhiệm vụ năm 2026" \
    --form conference \
    --topics anti_corruption_law,code_of_conduct \
    --start-on 22/01/2026 \
    --organizer VP \
    --location "Hội trường Ban Quản lý" \
    --audience officials \
    --sessions 1 \
    --participants 68 \
    --materials 70 \
    --plan-ref "$plan_pctn"

at 2026-02-11 17:00
training_add "VP, lồng ghép giao ban: quà Tết" \
    --title "Phổ biến quy định về tặng quà, nhận quà dịp Tết Nguyên đán Bính Ngọ 2026, lồng ghép trong cuộc họp giao ban của các phòng, đơn vị" \
    --form integrated \
    --topics gifts,code_of_conduct \
    --start-on 09/02/2026 \
    --end-on 11/02/2026 \
    --organizer VP \
    --location "Các phòng, đơn vị trực thuộc Ban Quản lý" \
    --audience officials \
    --sessions 6 \
    --participants 72 \
    --plan-ref "$plan_pctn"

at 2026-02-26 16:30
training_add "VP, hội nghị quán triệt kế hoạch XĐLI" \
    --title "Hội nghị quán triệt, triển khai Kế hoạch kiểm soát xung đột lợi ích năm 2026" \
    --form conference \
    --topics coi,anti_corruption_law \
    --start-on 26/02/2026 \
    --organizer VP \
    --location "Hội trường Ban Quản lý" \
    --audience officials \
    --sessions 1 \
    --participants 70 \
    --materials 75 \
    --plan-ref "$plan_xdli"

at 2026-03-16 15:00
training_add "VP, tài liệu hỏi – đáp về XĐLI" \
    --title "Phát hành tài liệu hỏi – đáp về kiểm soát xung đột lợi ích và 09 tình huống xung đột lợi ích theo Điều 29 Nghị định số 59/2019/NĐ-CP" \
    --form publication \
    --topics coi \
    --start-on 16/03/2026 \
    --organizer VP \
    --audience officials \
    --sessions 1 \
    --participants 72 \
    --materials 150 \
    --plan-ref "$plan_xdli" \
    --note "Cấp phát cho toàn bộ công chức, viên chức, người lao động (72 người); số còn lại để tại tủ sách pháp luật của cơ quan."

at 2026-04-09 17:00
training_add "VP, lớp tập huấn chuyên sâu kiểm soát tài sản, thu nhập" \
    --title "Lớp tập huấn chuyên sâu nghiệp vụ kiểm soát tài sản, thu nhập và nhận diện giao dịch bất thường liên quan đến xung đột lợi ích" \
    --form course \
    --topics asset_declaration,coi \
    --start-on 08/04/2026 \
    --end-on 09/04/2026 \
    --organizer VP \
    --location "Hội trường Ban Quản lý" \
    --audience specialists \
    --sessions 2 \
    --participants 24 \
    --materials 24 \
    --plan-ref "$plan_xdli"

at 2026-05-29 16:00
training_add "VP, tin bài trên trang thông tin điện tử" \
    --title "Đăng tải tin, bài về quy định tặng quà, nhận quà và kiểm soát xung đột lợi ích trên chuyên mục Phòng, chống tham nhũng của Trang thông tin điện tử Ban Quản lý" \
    --form online \
    --topics gifts,coi \
    --start-on 04/05/2026 \
    --end-on 29/05/2026 \
    --organizer VP \
    --location "Trang thông tin điện tử Ban Quản lý" \
    --audience public \
    --sessions 6 \
    --participants 640 \
    --plan-ref "$plan_xdli" \
    --note "06 tin, bài; số lượt người là số lượt truy cập các tin, bài trong tháng."

at 2026-06-11 17:00
training_add "QLDN, tập huấn cho doanh nghiệp" \
    --title "Tập huấn phổ biến pháp luật về phòng, chống tham nhũng trong doanh nghiệp và quy định về tặng quà khi giải quyết thủ tục hành chính" \
    --form course \
    --topics anti_corruption_law,gifts \
    --start-on 11/06/2026 \
    --organizer QLDN \
    --location "Hội trường Khu công nghiệp Tân Hưng" \
    --audience enterprises \
    --sessions 1 \
    --participants 118 \
    --materials 120 \
    --plan-ref "$plan_pbgdpl"

at 2026-07-06 16:30
training_add "QHXD, lồng ghép họp chuyên môn: quy tắc ứng xử" \
    --title "Quán triệt Quy tắc ứng xử và nhận diện xung đột lợi ích trong thẩm định, cấp giấy phép xây dựng, lồng ghép trong cuộc họp chuyên môn tháng 7/2026" \
    --form integrated \
    --topics code_of_conduct,coi \
    --start-on 06/07/2026 \
    --organizer QHXD \
    --location "Phòng họp Phòng Quản lý quy hoạch và xây dựng" \
    --audience officials \
    --sessions 1 \
    --participants 14 \
    --plan-ref "$plan_xdli"

at 2026-08-28 17:00
training_add "VP, cuộc thi trực tuyến tìm hiểu pháp luật" \
    --title "Cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống tham nhũng và kiểm soát xung đột lợi ích năm 2026" \
    --form contest \
    --topics anti_corruption_law,coi,gifts \
    --start-on 03/08/2026 \
    --end-on 28/08/2026 \
    --organizer VP \
    --location "Trang thông tin điện tử Ban Quản lý" \
    --audience officials \
    --sessions 1 \
    --participants 96 \
    --plan-ref "Kế hoạch số 47/KH-BQL ngày 15/07/2026" \
    --note "96 lượt dự thi; trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích."

at 2026-09-17 16:30
training_add "TTHT, tập huấn kê khai tài sản, chuyển đổi vị trí" \
    --title "Tập huấn về kê khai tài sản, thu nhập và chuyển đổi vị trí công tác cho viên chức, người lao động của Trung tâm" \
    --form course \
    --topics asset_declaration,job_rotation \
    --start-on 17/09/2026 \
    --organizer TTHT \
    --location "Hội trường Trung tâm Phát triển hạ tầng và Dịch vụ khu kinh tế" \
    --audience officials \
    --sessions 1 \
    --participants 38 \
    --materials 40 \
    --plan-ref "$plan_pctn"

at 2026-10-15 17:00
training_add "QLDT, hội nghị đối thoại doanh nghiệp" \
    --title "Hội nghị đối thoại với doanh nghiệp về phòng ngừa nhũng nhiễu, tiêu cực trong giải quyết thủ tục đầu tư" \
    --form conference \
    --topics anti_corruption_law,gifts,code_of_conduct \
    --start-on 15/10/2026 \
    --organizer QLDT \
    --location "Hội trường Ban Quản lý" \
    --audience enterprises \
    --sessions 1 \
    --participants 85 \
    --materials 90 \
    --plan-ref "$plan_pbgdpl"

at 2026-11-12 16:30
training_add "TNMT, lồng ghép họp chuyên môn: kê khai tài sản" \
    --title "Quán triệt quy định về kê khai tài sản, thu nhập năm 2026 và kiểm soát xung đột lợi ích, lồng ghép trong cuộc họp chuyên môn tháng 11/2026" \
    --form integrated \
    --topics asset_declaration,coi \
    --start-on 12/11/2026 \
    --organizer TNMT \
    --location "Phòng họp Phòng Quản lý tài nguyên và môi trường" \
    --audience officials \
    --sessions 1 \
    --participants 12 \
    --materials 12 \
    --plan-ref "$plan_xdli"

# --- Inspections and supervision of public duty (seed II.4) ---------------------------------
#
# The Board inspects its units by plan or without notice, supervises continuously, and the
# units check themselves. Two inspections found the conflicts of XDLI-2026-003 and -010,
# which name them.

printf 'Inspections:\n'

at 2026-03-20 16:00
inspection_add "VP kiểm tra nội bộ việc mua sắm, đã kết luận" \
    --unit VP \
    --inspected-units VP \
    --kind scheduled \
    --subject "Kiểm tra nội bộ việc mua sắm tài sản, văn phòng phẩm năm 2025 và việc thực hiện quy định về kiểm soát xung đột lợi ích trong mua sắm" \
    --decision-no "Quyết định số 25/QĐ-BQL ngày 02/02/2026" \
    --start-on 23/02/2026 \
    --end-on 06/03/2026 \
    --findings "Người được giao mua sắm ký hợp đồng với hộ kinh doanh do vợ làm chủ mà không báo cáo (chuyển xử lý theo vụ việc XDLI-2026-003); hồ sơ mua sắm thiếu bản cam kết không có xung đột lợi ích." \
    --violations 2 \
    --corrected 2 \
    --conclusion-no "Kết luận số 12/KL-BQL" \
    --concluded-on 20/03/2026

at 2026-07-10 15:00
inspection_add "VP kiểm tra QLDT, QLDN theo kế hoạch, đã kết luận" \
    --unit VP \
    --inspected-units QLDT,QLDN \
    --kind scheduled \
    --subject "Kiểm tra việc thực hiện quy tắc ứng xử và kiểm soát xung đột lợi ích trong hướng dẫn, thẩm định hồ sơ của doanh nghiệp" \
    --decision-no "Quyết định số 118/QĐ-BQL ngày 05/06/2026" \
    --start-on 15/06/2026 \
    --end-on 26/06/2026 \
    --findings "Không phát hiện trường hợp xung đột lợi ích; 02 hồ sơ thẩm định chưa có phiếu phân công bằng văn bản, đã chấn chỉnh." \
    --violations 2 \
    --corrected 2 \
    --conclusion-no "Kết luận số 27/KL-BQL" \
    --concluded-on 10/07/2026

at 2026-08-14 10:00
inspection_add "QHXD tự kiểm tra, không có vi phạm" \
    --unit QHXD \
    --inspected-units QHXD \
    --kind self_check \
    --subject "Tự kiểm tra việc thực hiện nhiệm vụ thẩm định quy hoạch chi tiết, cấp giấy phép xây dựng" \
    --start-on 03/08/2026 \
    --end-on 07/08/2026 \
    --findings "Không phát hiện vi phạm." \
    --violations 0 \
    --corrected 0 \
    --concluded-on 14/08/2026

at 2026-11-13 16:00
inspection_add "VP kiểm tra đột xuất TTHT, phát hiện XĐLI" \
    --unit VP \
    --inspected-units TTHT \
    --kind unscheduled \
    --subject "Kiểm tra đột xuất công tác lựa chọn nhà thầu các gói thầu duy tu, sửa chữa hạ tầng khu công nghiệp năm 2026" \
    --decision-no "Quyết định số 180/QĐ-BQL ngày 01/10/2026" \
    --start-on 12/10/2026 \
    --end-on 23/10/2026 \
    --findings "Thành viên tổ chuyên gia có anh ruột là giám đốc nhà thầu trúng thầu (vụ việc XDLI-2026-010); biên bản đánh giá hồ sơ dự thầu thiếu bản cam kết của 02 thành viên." \
    --violations 2 \
    --corrected 1 \
    --conclusion-no "Kết luận số 51/KL-BQL" \
    --concluded-on 13/11/2026

at 2026-11-16 09:00
inspection_add "TNMT giám sát thường xuyên, đang thực hiện" \
    --unit TNMT \
    --inspected-units TNMT \
    --kind supervision \
    --subject "Giám sát thường xuyên việc thẩm định hồ sơ đề nghị cấp giấy phép môi trường của doanh nghiệp trong khu công nghiệp" \
    --start-on 16/11/2026

# --- The other steps of the plan (seed II.1, II.6, III.1) -----------------------------------
#
# Every department but the Infrastructure Centre (TTHT) has disseminated the plan, so
# `coi plan` has a gap to show.

printf 'Actions:\n'

at 2026-02-20 16:30
action_add "VP quán triệt kế hoạch" \
    --unit VP \
    --plan-task III.1 \
    --kind dissemination \
    --title "Quán triệt Kế hoạch kiểm soát xung đột lợi ích năm 2026 tại cuộc họp giao ban Văn phòng" \
    --done-on 20/02/2026

at 2026-02-23 16:00
action_add "QLDT quán triệt kế hoạch" \
    --unit QLDT \
    --plan-task III.1 \
    --kind dissemination \
    --title "Phổ biến, quán triệt Kế hoạch đến toàn thể công chức Phòng Quản lý đầu tư" \
    --done-on 23/02/2026

at 2026-02-24 16:00
action_add "QLDN quán triệt kế hoạch" \
    --unit QLDN \
    --plan-task III.1 \
    --kind dissemination \
    --title "Phổ biến, quán triệt Kế hoạch đến toàn thể công chức Phòng Quản lý doanh nghiệp" \
    --done-on 24/02/2026

at 2026-02-26 16:30
action_add "QHXD quán triệt kế hoạch" \
    --unit QHXD \
    --plan-task III.1 \
    --kind dissemination \
    --title "Quán triệt Kế hoạch tại cuộc họp chuyên môn của Phòng Quản lý quy hoạch và xây dựng" \
    --done-on 26/02/2026

at 2026-03-02 16:00
action_add "TNMT quán triệt kế hoạch" \
    --unit TNMT \
    --plan-task III.1 \
    --kind dissemination \
    --title "Phổ biến, quán triệt Kế hoạch đến toàn thể công chức Phòng Quản lý tài nguyên và môi trường" \
    --done-on 02/03/2026

at 2026-03-05 17:00
action_add "VP phân công đầu mối giám sát" \
    --unit VP \
    --plan-task II.1 \
    --kind focal_point \
    --title "Phân công đầu mối giám sát kiểm soát xung đột lợi ích tại các phòng, đơn vị trực thuộc" \
    --done-on 05/03/2026 \
    --document-no "Quyết định số 38/QĐ-BQL"

at 2026-04-15 16:00
action_add "VP rà soát quy định nội bộ" \
    --unit VP \
    --plan-task II.1 \
    --kind rule_review \
    --title "Rà soát, sửa đổi Quy chế làm việc và Quy tắc ứng xử của công chức, viên chức, người lao động; bổ sung mẫu cam kết không có xung đột lợi ích trong mua sắm, thẩm định" \
    --done-on 15/04/2026 \
    --document-no "Quyết định số 72/QĐ-BQL"

at 2026-05-15 17:00
action_add "VP xem xét trách nhiệm người đứng đầu" \
    --unit VP \
    --plan-task II.6 \
    --kind responsibility_review \
    --title "Kiểm điểm trách nhiệm của Chánh Văn phòng trong vụ việc XDLI-2026-003" \
    --done-on 15/05/2026

at 2026-05-20 16:00
action_add "QLDT nhận diện tình huống XĐLI theo vị trí" \
    --unit QLDT \
    --plan-task II.1 \
    --kind situation_map \
    --title "Nhận diện các tình huống xung đột lợi ích theo từng vị trí việc làm của Phòng Quản lý đầu tư" \
    --done-on 20/05/2026

# --- Check ----------------------------------------------------------------------------------
#
# Expected: 0 errors. A coi that checks the Decree 59 time limits also gives exactly two
# warnings, on purpose: the late hand-overs of QT-2026-003 (3 working days late) and
# QT-2026-007 (9 working days late). QT-2026-002 is on time only because Tết keeps 16–20/02 off.

printf 'Added %d cases, %d gifts, %d trainings, %d inspections and %d actions to %s\n' \
    "$n_case" "$n_gift" "$n_training" "$n_inspection" "$n_action" "$dir"
printf 'Checking the register:\n'
coi check || die "coi check found errors in $dir"
