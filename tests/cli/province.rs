//! The province's compile (`coi province`) from agencies with real bare remotes: each agency a
//! register of its own pushed to a bare repository, submitting with `report --submit`.

use std::collections::BTreeMap;

use crate::harness::Env;

/// A register `name` with a unit VP, its `agency_code` when given, pushed to `name.git`.
fn agency(env: &Env, name: &str, code: Option<&str>) {
    let agency = format!("Cơ quan {name}");
    env.coi(&["init", name, "--agency", &agency, "--unit", "VP=Văn phòng"])
        .ok();
    if let Some(code) = code {
        let mut text = env.read(&format!("{name}/coi.yaml"));
        text.push_str(&format!("agency_code: {code}\n"));
        env.write(&format!("{name}/coi.yaml"), &text);
        env.git(name, &["commit", "--quiet", "-am", "Agency code"]);
    }
    let bare = format!("{name}.git");
    env.git(".", &["init", "--quiet", "--bare", &bare]);
    let remote = env.path(&bare).display().to_string();
    env.git(name, &["remote", "add", "origin", &remote]);
    env.run_at(name, "sync").ok();
}

/// `count` gifts handed over and a training, in the agency `name`.
fn records(env: &Env, name: &str, count: usize, participants: u32) {
    for i in 0..count {
        let line = format!(
            "gift add --unit VP --recipient-name 'Người nhận {i}' --received-on 10/02/2026 \
             --giver-name 'Công ty TNHH Minh Phát' --kind tien-mat --description 'Phong bì' \
             --value-vnd 500.000 --handed-over-on 12/02/2026"
        );
        env.run_at(name, &line).ok();
    }
    let line = format!(
        "training add --title 'Hội nghị quán triệt' --form hoi-nghi --topics coi,gifts \
         --start-on 20/02/2026 --organizer VP --participants {participants}"
    );
    env.run_at(name, &line).ok();
}

/// `report --period 2026-Q1 --submit` in `name` on `day`.
fn submit(env: &Env, name: &str, day: &str) {
    let mut cmd = env.command_at(name, "report --period 2026-Q1 --submit --number 3");
    cmd.env("COI_NOW", format!("{day}T09:30:00+07:00"));
    let run = crate::harness::Run::from_output(cmd.output().unwrap());
    run.ok();
}

/// Each indicator's (period, year to date) in the agency's own `report --format json`.
fn own_figures(env: &Env, name: &str) -> BTreeMap<String, (u64, u64)> {
    let out = env
        .run_at(name, "--format json report --period 2026-Q1")
        .ok();
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    (json["indicators"].as_array().unwrap().iter())
        .map(|i| {
            let code = i["code"].as_str().unwrap().to_string();
            let pair = (
                i["period"].as_u64().unwrap(),
                i["year_to_date"].as_u64().unwrap(),
            );
            (code, pair)
        })
        .collect()
}

fn workspace(env: &Env) {
    env.coi(&[
        "province",
        "init",
        "ws",
        "--name",
        "Thanh tra tỉnh Bình Hải",
    ])
    .ok();
}

fn add(env: &Env, code: &str, remote: &str) {
    let name = format!("Cơ quan {code}");
    env.run_at(
        "ws",
        &format!("province add-agency {code} --name '{name}' --remote {remote}"),
    )
    .ok();
}

fn compiled(env: &Env) -> serde_json::Value {
    let out = env
        .run_at("ws", "--format json province report --period 2026-Q1")
        .ok();
    serde_json::from_str(&out).unwrap()
}

fn agency_entry<'a>(json: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    (json["agencies"].as_array().unwrap().iter())
        .find(|a| a["code"] == code)
        .unwrap_or_else(|| panic!("no agency {code} in {json}"))
}

#[test]
fn three_agencies_one_late_one_resubmitted_and_one_unreachable_compile_to_the_sum_of_their_reports()
{
    let env = Env::new();
    agency(&env, "a", Some("A"));
    records(&env, "a", 2, 40);
    submit(&env, "a", "2026-03-16");
    agency(&env, "b", None);
    records(&env, "b", 1, 25);
    // After the 17th: late.
    submit(&env, "b", "2026-03-20");
    agency(&env, "c", Some("C"));
    records(&env, "c", 1, 10);
    submit(&env, "c", "2026-03-15");
    // A gift found afterwards: the report sent again, `bao-cao/2026-Q1-2`.
    records(&env, "c", 2, 0);
    submit(&env, "c", "2026-03-17");

    workspace(&env);
    for code in ["a", "b", "c"] {
        add(
            &env,
            &code.to_uppercase(),
            &env.path(&format!("{code}.git")).display().to_string(),
        );
    }
    add(&env, "D", &env.path("nowhere/d.git").display().to_string());
    env.run_at("ws", "province check").ok();

    let before: Vec<_> = ["a.git", "b.git", "c.git"]
        .iter()
        .map(|r| env.snapshot(r))
        .collect();
    let collect = env.run_at("ws", "province collect --period 2026-Q1");
    collect.ok();
    assert!(collect.stderr.contains("D"), "{}", collect.stderr);
    assert!(
        collect.stdout.contains("bao-cao/2026-Q1-2"),
        "{}",
        collect.stdout
    );
    // Collecting never writes to an agency's repository.
    let after: Vec<_> = ["a.git", "b.git", "c.git"]
        .iter()
        .map(|r| env.snapshot(r))
        .collect();
    assert!(before == after, "an agency's repository changed");

    let json = compiled(&env);
    assert_eq!(json["period"], "2026-Q1");
    assert_eq!(agency_entry(&json, "A")["status"], "submitted");
    assert_eq!(agency_entry(&json, "A")["submitted_on"], "2026-03-16");
    assert_eq!(agency_entry(&json, "A")["number"], "3");
    assert_eq!(agency_entry(&json, "B")["status"], "late");
    assert_eq!(agency_entry(&json, "B")["submitted_on"], "2026-03-20");
    assert_eq!(agency_entry(&json, "C")["status"], "submitted");
    assert_eq!(agency_entry(&json, "C")["tag"], "bao-cao/2026-Q1-2");
    let d = agency_entry(&json, "D");
    assert_eq!(d["status"], "missing");
    assert!(d["reason"].as_str().unwrap().contains("nowhere"), "{d}");

    // The province's totals are the sum of the agencies' own reports.
    let own: Vec<_> = ["a", "b", "c"]
        .iter()
        .map(|a| own_figures(&env, a))
        .collect();
    let mut checked = 0;
    for ind in json["indicators"].as_array().unwrap() {
        let code = ind["code"].as_str().unwrap();
        let sum = own.iter().fold((0, 0), |(p, y), figures| {
            let (a, b) = figures[code];
            (p + a, y + b)
        });
        let total = (
            ind["total"]["period"].as_u64().unwrap(),
            ind["total"]["year_to_date"].as_u64().unwrap(),
        );
        assert_eq!(total, sum, "{code}");
        assert_eq!(
            ind["by_agency"]["C"]["period"].as_u64(),
            Some(own[2][code].0),
            "{code}"
        );
        assert!(ind["by_agency"].get("D").is_none());
        checked += 1;
    }
    assert!(checked > 30);
    let gifts = &json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "QT02")
        .unwrap()["total"];
    assert_eq!(gifts["period"], 2 + 1 + 3);

    // Biểu 01/PCTN: the agencies' rows summed; row 28 in millions of đồng (six gifts of
    // 500.000 đồng handed over).
    let form = json["bieu_01_pctn"].as_array().unwrap();
    let row = |code: &str| form.iter().find(|l| l["code"] == code).unwrap().clone();
    assert_eq!(row("28")["value"], "3,00", "{form:?}");
    assert_eq!(row("28")["by_agency"]["C"], "1,50");
    let qt01 = &json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "QT01")
        .unwrap()["total"]["period"];
    assert_eq!(row("27")["value"], qt01.to_string());

    // C's first submission is kept as the one corrected.
    let corrections = json["corrections"].as_array().unwrap();
    assert!(
        corrections.iter().any(|c| c["agency"] == "C"
            && c["code"] == "QT02"
            && c["earlier"] == "bao-cao/2026-Q1"
            && c["submitted"] == 1
            && c["now"] == 3),
        "{corrections:?}"
    );

    // The same compile as files.
    env.run_at(
        "ws",
        "province report --period 2026-Q1 --out compiled --xlsx compiled.xlsx",
    )
    .ok();
    assert!(std::fs::metadata(env.path("compiled.xlsx")).unwrap().len() > 1000);
    // A chart sheet draws XD01 and QT02 by agency from the cells of the period's sheet.
    let chart = crate::docx::part(&env.path("compiled.xlsx"), "xl/charts/chart1.xml");
    assert!(chart.contains("<c:barDir val=\"col\"/>"), "{chart}");
    // The agencies A to D head columns D to G; XD01 and QT02 are rows 28 and 16.
    for range in [
        "'Trong kỳ'!$D$7:$G$7",
        "'Trong kỳ'!$D$28:$G$28",
        "'Trong kỳ'!$B$28",
        "'Trong kỳ'!$D$16:$G$16",
    ] {
        assert!(
            chart.contains(&format!("<c:f>{range}</c:f>")),
            "{range}: {chart}"
        );
    }
    let book = crate::docx::part(&env.path("compiled.xlsx"), "xl/workbook.xml");
    assert!(book.contains("name=\"Biểu đồ\""), "{book}");
    // The document to the People's Committee: the agencies' table, the totals, the deadlines.
    env.run_at(
        "ws",
        "province report --period 2026-Q1 --docx compiled.docx --format json",
    )
    .ok();
    let docx = env.path("compiled.docx");
    let body = crate::docx::part(&docx, "word/document.xml");
    well_formed(&body);
    assert!(body.contains("BÁO CÁO"), "{body}");
    assert!(body.contains(
        "Tổng hợp kết quả thực hiện công tác kiểm soát xung đột lợi ích của các cơ quan, đơn vị"
    ));
    assert!(body.contains("<w:tblHeader/>"), "{body}");
    assert!(
        body.contains("Toàn tỉnh") && body.contains("BIỂU 01/PCTN"),
        "{body}"
    );
    for code in ["A", "B", "C", "D"] {
        assert!(body.contains(&format!(">{code}</w:t>")), "{code}");
    }
    assert!(body.contains("20/03/2026"), "the province's own deadline");
    // The totals in sentences, and the agency that did not report named.
    let total = |code: &str| {
        json["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["code"] == code)
            .unwrap()["total"]["period"]
            .as_u64()
            .unwrap()
    };
    assert!(
        body.contains(&format!("(QT02): {}", total("QT02"))),
        "{body}"
    );
    assert!(
        body.contains("Chưa gửi báo cáo") || body.contains("Báo cáo không được tiếp nhận"),
        "{body}"
    );
    assert_eq!(json["province_deadline"], "2026-03-20");
    let sheet = env.read("compiled/tinh-ky.csv");
    let xd01 = sheet.lines().find(|l| l.starts_with("XD01,")).unwrap();
    let qt02 = sheet.lines().find(|l| l.starts_with("QT02,")).unwrap();
    // The CSV has no title block: the workbook's row 28 is the CSV's line 21.
    assert_eq!(sheet.lines().position(|l| l == xd01), Some(21));
    assert_eq!(sheet.lines().position(|l| l == qt02), Some(9));
    let table = env.read("compiled/tinh-ky.csv");
    assert!(table.lines().next().unwrap().contains("A,B,C,D"), "{table}");
    let agencies = env.read("compiled/tinh-co-quan.csv");
    assert!(agencies.contains("gửi muộn"), "{agencies}");
}

#[test]
fn a_moved_tag_another_agencys_code_and_figures_the_commit_does_not_give_are_refused() {
    let env = Env::new();
    for name in ["m", "x", "f", "ok"] {
        agency(&env, name, Some(&name.to_uppercase()));
        records(&env, name, 1, 12);
        submit(&env, name, "2026-03-16");
    }
    // m: the tag moved to a later commit, its message kept.
    records(&env, "m", 1, 5);
    env.run_at("m", "sync").ok();
    let message = env.git(
        "m.git",
        &[
            "for-each-ref",
            "--format=%(contents)",
            "refs/tags/bao-cao/2026-Q1",
        ],
    );
    env.write("message.txt", &message);
    let file = env.path("message.txt").display().to_string();
    env.git(
        "m.git",
        &["tag", "-f", "-a", "bao-cao/2026-Q1", "-F", &file, "HEAD"],
    );
    // f: the figures of the block changed by hand, on the commit the block names.
    let file = forged_message(&env, "f.git");
    env.git(
        "f.git",
        &[
            "tag",
            "-f",
            "-a",
            "bao-cao/2026-Q1",
            "-F",
            &file,
            "bao-cao/2026-Q1^{commit}",
        ],
    );

    workspace(&env);
    for (code, repo) in [("M", "m"), ("Y", "x"), ("F", "f"), ("OK", "ok")] {
        add(
            &env,
            code,
            &env.path(&format!("{repo}.git")).display().to_string(),
        );
    }
    env.run_at("ws", "province collect --period 2026-Q1").ok();
    let json = compiled(&env);
    let reason = |code: &str| {
        let entry = agency_entry(&json, code);
        assert_eq!(entry["status"], "refused", "{entry}");
        entry["reason"].as_str().unwrap().to_string()
    };
    assert!(reason("M").contains("dời"), "{}", reason("M"));
    assert!(reason("Y").contains("X"), "{}", reason("Y"));
    assert!(reason("F").contains("QT02"), "{}", reason("F"));
    assert_eq!(agency_entry(&json, "OK")["status"], "submitted");
    // The compile goes on: only the trusted agency counts.
    let qt02 = &json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "QT02")
        .unwrap()["total"];
    assert_eq!(qt02["period"], 1);

    // An agency that rewrites a tag the province has collected: refused from then on, even
    // though the new tag's block is in order.
    let message = env.git(
        "ok.git",
        &[
            "for-each-ref",
            "--format=%(contents)",
            "refs/tags/bao-cao/2026-Q1",
        ],
    );
    let renumbered = message.replace("\"number\": \"3\"", "\"number\": \"4\"");
    assert_ne!(renumbered, message);
    env.write("renumbered.txt", &renumbered);
    let file = env.path("renumbered.txt").display().to_string();
    let commit = "bao-cao/2026-Q1^{commit}";
    env.git(
        "ok.git",
        &["tag", "-f", "-a", "bao-cao/2026-Q1", "-F", &file, commit],
    );
    env.run_at("ws", "province collect --period 2026-Q1").ok();
    let json = compiled(&env);
    let entry = agency_entry(&json, "OK");
    assert_eq!(entry["status"], "refused", "{entry}");
    assert!(
        entry["reason"].as_str().unwrap().contains("viết lại"),
        "{entry}"
    );
    env.run_at("ws", "province collect --period 2026-Q1").ok();
    assert_eq!(agency_entry(&compiled(&env), "OK")["status"], "refused");
}

/// The message of `repo`'s tag `bao-cao/2026-Q1` with the period's QT02 changed by hand from 1
/// to 7, written to a file of the test's folder: its path.
fn forged_message(env: &Env, repo: &str) -> String {
    let contents = [
        "for-each-ref",
        "--format=%(contents)",
        "refs/tags/bao-cao/2026-Q1",
    ];
    let message = env.git(repo, &contents);
    let forged = message.replacen(
        "\"code\": \"QT02\",\n      \"period\": 1",
        "\"code\": \"QT02\",\n      \"period\": 7",
        1,
    );
    assert_ne!(forged, message);
    env.write("forged.txt", &forged);
    env.path("forged.txt").display().to_string()
}

/// The compile of 2026-Q1 with git's trace written to `trace` (in the test's folder): its JSON
/// and every git command it ran.
fn compiled_traced(env: &Env, trace: &str) -> (serde_json::Value, String) {
    let mut cmd = env.command_at("ws", "--format json province report --period 2026-Q1");
    cmd.env("GIT_TRACE", env.path(trace));
    let out = crate::harness::Run::from_output(cmd.output().unwrap()).ok();
    let ran = std::fs::read_to_string(env.path(trace)).unwrap_or_default();
    (serde_json::from_str(&out).unwrap(), ran)
}

#[test]
fn a_second_compile_keeps_the_registers_figures_and_still_refuses_figures_the_commit_does_not_give()
{
    let env = Env::new();
    agency(&env, "c", Some("C"));
    records(&env, "c", 1, 12);
    submit(&env, "c", "2026-03-16");
    workspace(&env);
    add(&env, "C", &env.path("c.git").display().to_string());
    env.run_at("ws", "province collect --period 2026-Q1").ok();
    let (json, ran) = compiled_traced(&env, "first.trace");
    assert_eq!(agency_entry(&json, "C")["status"], "submitted", "{json}");
    // The register read from the tagged commit's tree, in memory: nothing checked out.
    assert!(ran.contains("ls-tree"), "{ran}");
    assert!(!ran.contains("checkout-index"), "{ran}");
    let kept = env.read("ws/submissions/C.git/coi-verified.json");
    assert!(kept.contains("\"QT02\""), "{kept}");

    // A second submission on the same commit, its figure changed by hand: the register's
    // figures at that commit are kept, and the submission is still compared with them.
    let file = forged_message(&env, "c.git");
    let commit = "bao-cao/2026-Q1^{commit}";
    env.git(
        "c.git",
        &["tag", "-a", "bao-cao/2026-Q1-2", "-F", &file, commit],
    );
    env.run_at("ws", "province collect --period 2026-Q1").ok();
    let (json, ran) = compiled_traced(&env, "second.trace");
    let entry = agency_entry(&json, "C");
    assert_eq!(entry["status"], "refused", "{entry}");
    assert_eq!(entry["tag"], "bao-cao/2026-Q1-2", "{entry}");
    assert!(
        entry["reason"].as_str().unwrap().contains("QT02"),
        "{entry}"
    );
    assert!(
        !ran.contains("ls-tree"),
        "the kept figures were made again:\n{ran}"
    );

    // Figures kept by another version of coi are made again, and the refusal stands.
    env.write(
        "ws/submissions/C.git/coi-verified.json",
        &kept.replace("\"coi\": \"", "\"coi\": \"0.0.0-"),
    );
    let (json, ran) = compiled_traced(&env, "third.trace");
    assert_eq!(agency_entry(&json, "C")["status"], "refused", "{json}");
    assert!(ran.contains("ls-tree"), "{ran}");
    // Without the check, the forged figures would count.
    let out = env
        .run_at(
            "ws",
            "--format json province report --period 2026-Q1 --no-verify",
        )
        .ok();
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(agency_entry(&json, "C")["status"], "submitted", "{json}");
}

#[test]
fn the_workspace_is_checked_with_file_and_line() {
    let env = Env::new();
    workspace(&env);
    let mut text = env.read("ws/province.yaml");
    text = text.replace(
        "agencies: []\n",
        "agencies:\n- code: A B\n  name: Sở A\n  remote: /r\n- code: C\n  name: Sở C\n",
    );
    env.write("ws/province.yaml", &text);
    let run = env.run_at("ws", "province check");
    run.fails(1);
    assert!(
        run.stdout.contains("ws/province.yaml:11: "),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("agencies[0].code"), "{}", run.stdout);
    assert!(run.stdout.contains("agencies[1]"), "{}", run.stdout);
    // A command that reads the workspace refuses it while it has problems.
    env.run_at("ws", "province collect --period 2026-Q1")
        .fails(1);
    // add-agency keeps codes unique.
    let env = Env::new();
    workspace(&env);
    env.run_at("ws", "province add-agency A --name 'Sở A' --folder inbox/a")
        .ok();
    assert!(env.path("ws/inbox/a").is_dir() || env.path("inbox/a").is_dir());
    env.run_at("ws", "province add-agency A --name 'Sở A' --remote /r")
        .fails(1);
    env.run_at("ws", "province check").ok();
}

#[test]
fn an_agency_that_does_not_answer_is_stopped_at_the_time_limit_and_the_others_are_collected() {
    let env = Env::new();
    agency(&env, "a", Some("A"));
    records(&env, "a", 1, 10);
    submit(&env, "a", "2026-03-16");
    // A server that takes the connection and never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    workspace(&env);
    add(&env, "A", &env.path("a.git").display().to_string());
    add(&env, "S", &format!("git://127.0.0.1:{port}/s.git"));
    // An agency that answers and has not submitted yet.
    agency(&env, "n", Some("N"));
    add(&env, "N", &env.path("n.git").display().to_string());
    let started = std::time::Instant::now();
    let run = env.run_at("ws", "province collect --period 2026-Q1 --timeout 2");
    run.ok();
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    let log: serde_json::Value =
        serde_json::from_str(&env.read("ws/collected/2026-Q1.json")).unwrap();
    assert_eq!(log["agencies"][0]["status"], "fetched");
    assert_eq!(log["agencies"][1]["status"], "timed-out");
    let json = compiled(&env);
    assert_eq!(agency_entry(&json, "A")["status"], "submitted");
    let s = agency_entry(&json, "S");
    assert_eq!(s["status"], "missing");
    assert!(s["reason"].as_str().unwrap().contains("2s"), "{s}");
    let n = agency_entry(&json, "N");
    assert_eq!(
        (&n["status"], &n["reason"]),
        (&"missing".into(), &serde_json::Value::Null)
    );
    assert_eq!(log["agencies"][2]["status"], "fetched");
    drop(silent);
}

/// The document's settings of `province.yaml` in the workspaces of [`three_agencies`].
pub(crate) const SIGNER: &str = "Trần Thị Bích";
pub(crate) const SIGNER_TITLE: &str = "PHÓ CHÁNH THANH TRA";

/// A workspace `ws` of three agencies: A submitted the first quarter on time, B late, C not at
/// all; the quarter collected. With `settings`, province.yaml gives the document's place,
/// signer and recipients.
pub(crate) fn three_agencies(env: &Env, settings: bool) {
    agency(env, "a", Some("A"));
    records(env, "a", 2, 40);
    submit(env, "a", "2026-03-16");
    agency(env, "b", Some("B"));
    records(env, "b", 1, 25);
    submit(env, "b", "2026-03-18");
    agency(env, "c", Some("C"));
    workspace(env);
    for code in ["A", "B", "C"] {
        let remote = env.path(&format!("{}.git", code.to_lowercase()));
        add(env, code, &remote.display().to_string());
    }
    if settings {
        let mut text = env.read("ws/province.yaml");
        text.push_str(&format!(
            "place: Bình Hải\ndoc_code: TTr\nsigner:\n  for: KT. CHÁNH THANH TRA\n  \
             title: {SIGNER_TITLE}\n  name: {SIGNER}\nrecipients:\n\
             - Ủy ban nhân dân tỉnh (để b/c);\n- Thanh tra Chính phủ (để b/c);\n- 'Lưu: VT, PCTN.'\n"
        ));
        env.write("ws/province.yaml", &text);
        env.run_at("ws", "province check").ok();
    }
    env.run_at("ws", "province collect --period 2026-Q1").ok();
}

#[test]
fn the_province_document_takes_its_settings_from_province_yaml_and_has_defaults_without_them() {
    let env = Env::new();
    three_agencies(&env, false);
    // Without settings: the number's sign TTr, the place the Inspectorate is named after, the
    // Chief Inspector, the People's Committee and the archive.
    env.run_at("ws", "province report --period 2026-Q1 --docx plain.docx")
        .ok();
    let plain = crate::docx::paragraphs(&env.path("plain.docx")).join("\n");
    for said in [
        "Số: …/BC-TTr",
        "Bình Hải, ngày … tháng … năm 2026",
        "CHÁNH THANH TRA",
        "- Ủy ban nhân dân tỉnh Bình Hải;",
        "- Lưu: VT.",
        "(Kèm theo Báo cáo số …/BC-TTr ngày … tháng … năm 2026 của Thanh tra tỉnh Bình Hải)",
    ] {
        assert!(plain.contains(said), "{said}:\n{plain}");
    }
    assert!(!plain.contains("KT. CHÁNH THANH TRA"), "{plain}");
    // With them, and `--number 12` signed «12/BC-TTr» (a full number stays as given).
    let mut text = env.read("ws/province.yaml");
    text.push_str(&format!(
        "place: Hải Đông\ndoc_code: TTT\nsigner:\n  for: KT. CHÁNH THANH TRA\n  \
         title: {SIGNER_TITLE}\n  name: {SIGNER}\nrecipients:\n\
         - Thanh tra Chính phủ (để b/c);\n- 'Lưu: VT, PCTN.'\n"
    ));
    env.write("ws/province.yaml", &text);
    for (given, shown) in [("12", "12/BC-TTT"), ("7/BC-TTr", "7/BC-TTr")] {
        let line = format!("province report --period 2026-Q1 --number {given} --docx set.docx");
        env.run_at("ws", &line).ok();
        let set = crate::docx::paragraphs(&env.path("set.docx")).join("\n");
        for said in [
            format!("Số: {shown}"),
            "Hải Đông, ngày … tháng … năm 2026".into(),
            "KT. CHÁNH THANH TRA".into(),
            SIGNER_TITLE.into(),
            SIGNER.into(),
            "- Thanh tra Chính phủ (để b/c);".into(),
            "- Lưu: VT, PCTN.".into(),
            format!("(Kèm theo Báo cáo số {shown} ngày"),
        ] {
            assert!(set.contains(&said), "{said}:\n{set}");
        }
        assert!(!set.contains("Ủy ban nhân dân tỉnh Bình Hải;"), "{set}");
    }
    // The year's compile counts the year's own tags only: the quarter's, collected under the
    // same name, leave A and B missing from it, not refused.
    let out = env
        .run_at(
            "ws",
            "--format json province report --period 2026 --no-verify",
        )
        .ok();
    let year: serde_json::Value = serde_json::from_str(&out).unwrap();
    for code in ["A", "B", "C"] {
        let a = agency_entry(&year, code);
        assert_eq!(
            (&a["status"], &a["tag"]),
            (&"missing".into(), &serde_json::Value::Null),
            "{a}"
        );
    }
    // A sign that cannot stand in the number is named at its line.
    env.write(
        "ws/province.yaml",
        &text.replace("doc_code: TTT", "doc_code: BC-TTr"),
    );
    let run = env.run_at("ws", "province check");
    let out = run.fails(1);
    assert!(
        run.stdout.contains("province.yaml:") && run.stdout.contains("doc_code"),
        "{}{out}",
        run.stdout
    );
}

#[test]
fn a_half_year_workbook_charts_the_provinces_quarters_and_leaves_a_quarter_not_collected_empty() {
    let env = Env::new();
    agency(&env, "a", Some("A"));
    records(&env, "a", 2, 40);
    submit(&env, "a", "2026-03-16");
    agency(&env, "b", Some("B"));
    records(&env, "b", 1, 25);
    submit(&env, "b", "2026-03-17");
    workspace(&env);
    add(&env, "A", &env.path("a.git").display().to_string());
    add(&env, "B", &env.path("b.git").display().to_string());
    // The first quarter is collected, the second is not.
    env.run_at("ws", "province collect --period 2026-Q1").ok();
    let q1 = compiled(&env);
    let total = |code: &str| {
        (q1["indicators"].as_array().unwrap().iter())
            .find(|i| i["code"] == code)
            .unwrap()["total"]["period"]
            .as_u64()
            .unwrap()
    };
    assert!(total("QT02") > 0, "{q1}");
    env.run_at("ws", "province report --period 2026-6M --xlsx h.xlsx")
        .ok();
    let book = env.path("h.xlsx");
    let workbook = crate::docx::part(&book, "xl/workbook.xml");
    let names: Vec<&str> = (workbook.split("<sheet name=\"").skip(1))
        .map(|s| s.split('"').next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Trong kỳ",
            "Biểu đồ",
            "Biểu 01-PCTN",
            "Lũy kế",
            "Theo quý",
            "Biểu đồ theo quý",
            "Các cơ quan",
            "Điều chỉnh"
        ]
    );
    // A line a drawn indicator, from the cells of «Theo quý»: quarters I and II head columns D
    // and E; XD01, QT01 and QT02 are rows 28, 15 and 16.
    let chart = crate::docx::part(&book, "xl/charts/chart2.xml");
    assert!(chart.contains("<c:lineChart>"), "{chart}");
    for range in [
        "'Theo quý'!$D$7:$E$7",
        "'Theo quý'!$B$28",
        "'Theo quý'!$D$28:$E$28",
        "'Theo quý'!$B$15",
        "'Theo quý'!$D$15:$E$15",
        "'Theo quý'!$B$16",
        "'Theo quý'!$D$16:$E$16",
    ] {
        assert!(
            chart.contains(&format!("<c:f>{range}</c:f>")),
            "{range}: {chart}"
        );
    }
    // Empty cells are gaps in the line, not zeros.
    assert!(chart.contains("<c:dispBlanksAs val=\"gap\"/>"), "{chart}");
    // Each point marked: the first quarter alone, between gaps, still shows.
    assert!(!chart.contains("<c:symbol val=\"none\"/>"), "{chart}");
    // The cells are those: the fourth table.
    let strings = crate::workbook::shared_strings(&book);
    let sheet = crate::docx::part(&book, "xl/worksheets/sheet4.xml");
    let text = |r: &str| crate::workbook::text_of(&sheet, r, &strings);
    let number = |r: &str| {
        let c = crate::workbook::cell(&sheet, r)?;
        c.split("<v>")
            .nth(1)?
            .split("</v>")
            .next()?
            .parse::<u64>()
            .ok()
    };
    assert_eq!(text("D7").as_deref(), Some("Quý I"));
    assert_eq!(text("E7").as_deref(), Some("Quý II"));
    assert_eq!(text("F7"), None);
    assert_eq!(text("A28").as_deref(), Some("XD01"));
    assert_eq!(text("A15").as_deref(), Some("QT01"));
    assert_eq!(text("A16").as_deref(), Some("QT02"));
    // The first quarter is the province's compile of it; the second, never collected, is
    // empty, not zero.
    for (row, code) in [(15, "QT01"), (16, "QT02"), (28, "XD01")] {
        assert_eq!(number(&format!("D{row}")), Some(total(code)), "{code}");
        assert_eq!(number(&format!("E{row}")), None, "{code}");
    }
    // Under the indicators, the agencies counted in each quarter and what an empty cell means.
    assert!(
        text("B49")
            .unwrap()
            .starts_with("Số cơ quan có báo cáo được tính")
    );
    assert_eq!((number("D49"), number("E49")), (Some(2), Some(0)));
    assert!(text("B50").unwrap().contains("không phải số 0"));
    // A quarter's workbook has no trend.
    env.run_at("ws", "province report --period 2026-Q1 --xlsx q.xlsx")
        .ok();
    let workbook = crate::docx::part(&env.path("q.xlsx"), "xl/workbook.xml");
    assert!(!workbook.contains("Theo quý"), "{workbook}");
}

/// Whether the process `pid` has ended: gone, or dead and waiting for its parent to read it.
#[cfg(target_os = "linux")]
fn ended(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        // The state follows the command's name, which is in parentheses.
        Ok(stat) => stat
            .rsplit_once(") ")
            .is_some_and(|(_, rest)| rest.starts_with(['Z', 'X'])),
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_fetch_stopped_at_the_time_limit_leaves_none_of_gits_children_behind() {
    use std::os::unix::fs::PermissionsExt;
    use std::time::{Duration, Instant};
    let env = Env::new();
    workspace(&env);
    add(&env, "S", "ssh://coi.invalid/s.git");
    // git's ssh: it starts a process of its own that outlives it, says which, and waits.
    let pid_file = env.path("ssh.pid");
    env.write(
        "ssh.sh",
        &format!(
            "#!/bin/sh\nsleep 300 &\necho $! > '{}.part'\nmv '{0}.part' '{0}'\nwait\n",
            pid_file.display()
        ),
    );
    let script = env.path("ssh.sh");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = env.command_at("ws", "province collect --period 2026-Q1 --timeout 1");
    cmd.env("GIT_SSH_COMMAND", &script);
    crate::harness::Run::from_output(cmd.output().unwrap()).ok();
    let log: serde_json::Value =
        serde_json::from_str(&env.read("ws/collected/2026-Q1.json")).unwrap();
    assert_eq!(log["agencies"][0]["status"], "timed-out", "{log}");
    // The ssh was started before the time limit; its process ends with git.
    let deadline = Instant::now() + Duration::from_secs(20);
    let pid: u32 = loop {
        if let Ok(text) = std::fs::read_to_string(&pid_file) {
            break text.trim().parse().unwrap();
        }
        assert!(Instant::now() < deadline, "the ssh never started");
        std::thread::sleep(Duration::from_millis(20));
    };
    while !ended(pid) {
        if Instant::now() >= deadline {
            // Not left behind by the test either.
            let _ = std::process::Command::new("kill")
                .args(["-s", "KILL", &pid.to_string()])
                .status();
            panic!("git's child {pid} outlived the fetch stopped at its time limit");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Every element of `xml` is closed, in order.
fn well_formed(xml: &str) {
    let mut open: Vec<&str> = Vec::new();
    for tag in xml.split('<').skip(1) {
        let tag = &tag[..tag.find('>').expect("a tag is closed")];
        if tag.starts_with('?') || tag.starts_with('!') || tag.ends_with('/') {
            continue;
        }
        match tag.strip_prefix('/') {
            Some(closed) => assert_eq!(open.pop(), Some(closed), "{xml}"),
            None => open.push(tag.split([' ', '\t', '\n']).next().unwrap()),
        }
    }
    assert!(open.is_empty(), "{open:?}");
}
