"""The catalogue: every sentence the terminal prints, as (Vietnamese, English).

Keys: a diagnostic's code (``PLAN001``) or ``CODE.variant`` for its messages, ``hint.*`` for
hints, ``refuse.*`` / ``usage.*`` for refusals and usage errors, ``phrase.*`` for pieces that
go into other sentences, and plain names for labels and headings. ``{name}`` is a parameter;
``{count}`` is one that is always a whole number (recognised as digits only, so ``{count} {state}``
does not read any text with a space in it as a count).

An English template is also how a sentence written by library code is recognised, so a
message must be written exactly as its English template reads (``tests/test_i18n.py``
renders every entry in both languages and runs the CLI in Vietnamese to catch a sentence
that has no entry). Add new sentences to the section of their area.
"""

from __future__ import annotations

from ..words import RECORDABLE, ItemStatus

# --help texts that list the vocabulary: built from ntmplan.words, so a word added there is listed here
_RECORD_FORMS = ItemStatus.accepted(RECORDABLE)
_FILTER_FORMS = ItemStatus.accepted()
RECORD_STATUS_HELP = f"The status (needed for a new entry); any of these, with or without diacritics: {_RECORD_FORMS}"
FILTER_STATUS_HELP = f"Only items with this status; any of these, with or without diacritics: {_FILTER_FORMS}"
UNIT_FILTER_HELP = (
    'Only items of components this unit leads or supports: its id, number (10) or name ("Công an xã", '
    "diacritics optional)"
)
UNIT_ARG_HELP = 'A unit\'s id, number (10) or name ("Công an xã", diacritics optional), for its duties'
SOURCE_ARG_HELP = (
    "Funding source: its id, its number (1 … in the order of ntmplan funding) or its name, diacritics optional"
)
AMOUNT_HELP = "Money mobilised in the quarter: 1.250.000.000, 1,25 tỷ, 350 triệu (or 1,25 ty, 350 trieu) …"

CATALOGUE: dict[str, tuple[str, str]] = {
    # ---------------------------------------------------------------- labels and headings
    "plan": ("Kế hoạch", "Plan"),
    "period_years": ("Giai đoạn", "Years"),
    "issued": ("Ban hành", "Issued"),
    "signer": ("Người ký", "Signed by"),
    "reporting_period": ("Kỳ báo cáo", "Reporting period"),
    "no_period": (
        "chưa có kỳ báo cáo nào — ghi tiến độ bằng `ntmplan record`",
        "no period reported yet — record progress with `ntmplan record`",
    ),
    "period_empty": (
        "chưa ghi tiến độ nào cho {period}; các kỳ đã ghi: {recorded}",
        "nothing is recorded for {period}; periods recorded: {recorded}",
    ),
    "periods_recorded": ("Các kỳ đã ghi", "Periods recorded"),
    "computed": ("tính theo số liệu", "computed"),
    "self-assessed": ("xã tự đánh giá", "self-assessed"),
    "appraised": ("cấp trên thẩm định", "appraised"),
    "objectives": ("Mục tiêu", "Objectives"),
    "milestones": ("Mốc và chỉ tiêu", "Milestones and targets"),
    "milestone": ("Mốc", "Milestone"),
    "year": ("Năm", "Year"),
    "state": ("Trạng thái", "State"),
    "targets": ("Chỉ tiêu của kế hoạch", "The plan's targets"),
    "latest": ("Giá trị mới nhất", "Latest value"),
    "gap": ("còn thiếu", "short by"),
    "no_data": ("chưa có số liệu", "no data"),
    "components": ("Nội dung thành phần", "Components"),
    "component": ("Nội dung", "Component"),
    "items": ("Số ND", "Items"),
    "items_progress": ("Tiến độ {n} nội dung cụ thể", "Progress of the {n} items"),
    "short-not-started": ("Chưa TK", "Not st."),
    "short-in-progress": ("Đang TH", "Doing"),
    "short-done": ("Xong", "Done"),
    "short-blocked": ("Vướng", "Blocked"),
    "short-no-report": ("Chưa BC", "No rep."),
    "legend_status": (
        "Số ND: số nội dung cụ thể; Chưa TK: chưa triển khai; Đang TH: đang thực hiện; Chưa BC: chưa báo cáo",
        "Items: number of items; Not st.: not started; No rep.: not reported",
    ),
    "legend_funding": (
        "% KH: phần trăm so với kế hoạch; Lũy kế: từ đầu kế hoạch đến hết kỳ",
        "% plan: share of the plan; To date: from the plan's start to the end of the period",
    ),
    "item": ("Nội dung cụ thể", "Item"),
    "lead": ("Chủ trì", "Leads"),
    "support": ("Phối hợp", "Supports"),
    "units": ("Đơn vị thực hiện", "Units"),
    "unit": ("Đơn vị", "Unit"),
    "funding": ("Nguồn vốn", "Funding"),
    "funding_total": ("Nguồn vốn — tổng {amount} đồng ({short})", "Funding — total {amount} đồng ({short})"),
    "source": ("Nguồn", "Source"),
    "share": ("Tỷ lệ", "Share"),
    "planned": ("Kế hoạch", "Planned"),
    "mobilised_period": ("Trong kỳ", "In period"),
    "mobilised_to_date": ("Lũy kế", "To date"),
    "mobilised": ("Đã huy động", "Mobilised"),
    "pct_plan": ("% KH", "% plan"),
    "remaining": ("Còn lại", "Remaining"),
    "total": ("Tổng", "Total"),
    "status": ("Tình trạng", "Status"),
    "attention": ("Cần chú ý", "Needs attention"),
    "attention_none": (
        "Cần chú ý: không có nội dung vướng mắc hay chậm báo cáo",
        "Needs attention: no item blocked or late in reporting",
    ),
    "attention_more": ("… và {n} nội dung khác (xem `ntmplan items`)", "… and {n} more (see `ntmplan items`)"),
    "no_report_for": ("chưa báo cáo {n} quý liền", "no report for {n} quarters"),
    "funding_line": ("Huy động vốn", "Funds mobilised"),
    "funding_vs_time": (
        "{amount} / {total} đồng ({pct} kế hoạch; đã qua {time} thời gian kế hoạch)",
        "{amount} / {total} đồng ({pct} of plan; {time} of the plan's time elapsed)",
    ),
    "no_money": ("chưa ghi nhận khoản huy động nào", "no money recorded yet"),
    "what_if": ("Phân bổ giả định cho tổng", "What-if split of"),
    "duties": ("Nhiệm vụ", "Duties"),
    "criteria": ("Tiêu chí", "Criteria"),
    "criteria.title.ntm": ("Bộ tiêu chí xã nông thôn mới", "Criteria of a new-rural commune (nông thôn mới)"),
    "criteria.title.nang-cao": (
        "Bộ tiêu chí xã nông thôn mới nâng cao",
        "Criteria of an advanced new-rural commune (nông thôn mới nâng cao)",
    ),
    "criteria.title.kieu-mau": (
        "Xã nông thôn mới kiểu mẫu (Quyết định 319/QĐ-TTg)",
        "Model new-rural commune (nông thôn mới kiểu mẫu, Quyết định 319/QĐ-TTg)",
    ),
    "criteria.nang_cao_unconfirmed": (
        "Danh mục chỉ tiêu và ngưỡng của bộ tiêu chí nâng cao chưa được xác nhận: "
        "chỉ những ngưỡng kế hoạch tự bổ sung (plan/criteria.yaml) mới được xét.",
        "The indicators and thresholds of the nâng cao set are not confirmed: "
        "only thresholds the plan supplies (plan/criteria.yaml) are judged.",
    ),
    "condition": ("Điều kiện", "Condition"),
    "criteria.noun.criteria": ("tiêu chí", "criteria"),
    "criteria.recognition": (
        "công nhận đạt chuẩn {level} năm {year}{decision}, theo Bộ tiêu chí giai đoạn {set}",
        "recognised as {level} in {year}{decision}, under the criteria set of {set}",
    ),
    "criteria.recognition.decision": (
        " (Quyết định số {decision} ngày {date})",
        " (decision {decision} of {date})",
    ),
    "criteria.recognition.decision_only": (" (Quyết định số {decision})", " (decision {decision})"),
    "criteria.assessment": (
        "theo Bộ tiêu chí {years} ({level}): đạt {met}/{total}, chưa đạt {not_met}, chưa đánh giá {rest}",
        "under the {years} criteria set ({level}): met {met}/{total}, not met {not_met}, not assessed {rest}",
    ),
    "criteria.no_set": (
        "chưa có bộ tiêu chí nào cho năm {year}: ntmplan chỉ cài sẵn {shipped}; bộ tiêu chí giai đoạn "
        "2026–2030 (Quyết định 51/2025/QĐ-TTg) chưa được đưa vào — kỳ này không được đánh giá theo bộ cũ",
        "no criteria set for {year}: ntmplan ships only {shipped}; the 2026–2030 set (Quyết định "
        "51/2025/QĐ-TTg) is not included, and this period is not judged by the old set",
    ),
    "criteria.noun.conditions": ("điều kiện", "conditions"),
    "condition.level": ("NTM nâng cao: {summary}", "Advanced new rural: {summary}"),
    "condition.income": ("thu nhập {value}; {need}", "income {value}; {need}"),
    "condition.none": ("chưa có", "not recorded"),
    "condition.no_threshold": ("chưa có ngưỡng NTM nâng cao", "no Advanced new rural threshold"),
    "condition.needs": ("cần ≥ {threshold}", "needs ≥ {threshold}"),
    "criteria.summary.met": ("đạt {met}/{total} {noun}", "met {met}/{total} {noun}"),
    "criteria.summary.count": ("{count} {state}", "{count} {state}"),
    "criteria_at": ("Tiêu chí ({level})", "Criteria ({level})"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "value": ("Giá trị", "Value"),
    "threshold": ("Ngưỡng", "Threshold"),
    "conditions": ("Điều kiện", "Conditions"),
    "written": ("Đã ghi", "Wrote"),
    "new_file": ("tệp mới", "new file"),
    "replaced_file": ("đã thay tệp cũ", "replaced the existing file"),
    "changes": ("Thay đổi so với {period}", "Changes since {period}"),
    "changes_none": ("không có thay đổi so với {period}", "no change since {period}"),
    "change_done": ("mới hoàn thành: {ids}", "newly done: {ids}"),
    "change_blocked": ("mới vướng mắc: {ids}", "newly blocked: {ids}"),
    "change_money": ("huy động thêm {amount} đồng", "{amount} đồng more mobilised"),
    "change_values": ("chỉ tiêu có số liệu mới: {ids}", "indicators with new values: {ids}"),
    "full_hint": (
        "Bảng đầy đủ: `ntmplan status --full`, `ntmplan units`, `ntmplan funding`",
        "Full tables: `ntmplan status --full`, `ntmplan units`, `ntmplan funding`",
    ),
    "level_title.ntm": ("Bộ tiêu chí xã nông thôn mới", "Criteria for a new rural commune"),
    "level_title.nang-cao": ("Bộ tiêu chí xã nông thôn mới nâng cao", "Criteria for an advanced new rural commune"),
    "level_title.kieu-mau": (
        "Xã nông thôn mới kiểu mẫu (Quyết định 319/QĐ-TTg)",
        "Model new rural commune (Quyết định 319/QĐ-TTg)",
    ),
    "nang_cao_note": (
        "Danh mục chỉ tiêu và ngưỡng của bộ tiêu chí nâng cao chưa được xác nhận: "
        "chỉ những ngưỡng kế hoạch tự bổ sung (plan/criteria.yaml) mới được xét.",
        "The advanced criteria's indicators and thresholds are not confirmed: "
        "only thresholds the plan adds itself (plan/criteria.yaml) are judged.",
    ),
    "criteria_summary": ("{state} {met}/{total} tiêu chí", "{state} {met}/{total} criteria"),
    "word.yes": ("có", "yes"),
    "word.no": ("không", "no"),
    "word.met_value": ("đạt", "met"),
    "word.not_met_value": ("không đạt", "not met"),
    # ---------------------------------------------------------------- check and diagnostics
    "check.ok": ("kế hoạch hợp lệ: không có lỗi, không có cảnh báo", "plan OK: no errors, no warnings"),
    "check.counts": ("{errors} lỗi, {warnings} cảnh báo", "{errors} error(s), {warnings} warning(s)"),
    "severity.error": ("lỗi", "error"),
    "severity.warning": ("cảnh báo", "warning"),
    "diag.hint": ("gợi ý", "hint"),
    "FILE001": ("thiếu tệp kế hoạch {rel}", "the plan file {rel} is missing"),
    "FILE002": ("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
    "hint.FILE001": ("kế hoạch nào cũng cần {files}", "every plan needs {files}"),
    "YAML001.bad_value": ("không đọc được một giá trị: {reason}", "cannot read a value: {reason}"),
    "YAML001.invalid": ("YAML không hợp lệ", "invalid YAML"),
    "YAML002": (
        "khóa '{key}' xuất hiện hai lần trong khối bắt đầu ở dòng {line}",
        "the key '{key}' appears twice in the mapping that starts on line {line}",
    ),
    "hint.YAML002": ("xóa một trong hai, hoặc gộp giá trị của chúng", "remove one of them, or merge their values"),
    "hint.YAML001.tab": (
        "YAML không cho thụt lề bằng tab: hãy thụt lề bằng dấu cách",
        "YAML does not allow tabs for indentation: indent with spaces",
    ),
    "hint.YAML001.quote": (
        "dấu nháy mở ở đây không được đóng: thêm dấu nháy đóng",
        "a quote opened here is never closed: add the closing quote",
    ),
    "hint.YAML001.colon": (
        "giá trị có chứa ': ' phải đặt trong dấu nháy",
        "a value containing ': ' must be put in quotes",
    ),
    "hint.YAML001.key": (
        "mỗi dòng của một khối cần 'khóa: giá trị'; hãy kiểm tra thụt lề",
        "each line of a mapping needs 'key: value'; check the indentation",
    ),
    "YAML003": ("thẻ '{tag}' không được phép trong tệp kế hoạch", "the tag '{tag}' is not allowed in a plan file"),
    "hint.YAML003": (
        "tệp kế hoạch chỉ chứa giá trị thường; hãy bỏ thẻ '!…'",
        "plan files hold plain values; remove the '!…' tag",
    ),
    "YAML004": (
        "tệp bung ra quá {n} giá trị (bí danh lồng nhau quá sâu)",
        "the file expands to more than {n} values (aliases nested too deep)",
    ),
    "hint.YAML004": (
        "hạn chế dùng bí danh (*tên), hoặc viết đầy đủ các giá trị",
        "use aliases (*name) sparingly, or write the values out",
    ),
    "YAML005": (
        "tệp không phải văn bản UTF-8 (byte 0x{byte} ở đây)",
        "the file is not UTF-8 text (byte 0x{byte} here)",
    ),
    "hint.YAML005": (
        "lưu tệp dưới dạng UTF-8 (trong Notepad: Save As → Encoding: UTF-8)",
        "save the file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)",
    ),
    "YAML006.empty": ("tệp trống", "the file is empty"),
    "YAML006.top": (
        "cấp trên cùng của tệp là {kind}, cần một khối khóa",
        "the top level of the file is {kind}, expected a mapping of keys",
    ),
    "hint.YAML006": (
        "tệp kế hoạch chứa một khối khóa; xem các tệp khác của kế hoạch",
        "a plan file holds a mapping of keys; see the other files of the plan",
    ),
    "phrase.a_list": ("một danh sách", "a list"),
    "phrase.a_single_value": ("một giá trị đơn", "a single value"),
    "SCHEMA001": ("thiếu khóa '{key}'", "missing key '{key}'"),
    "SCHEMA001.in": ("thiếu khóa '{key}' trong {parent}", "missing key '{key}' in {parent}"),
    # the field's description is English (it documents the model): the Vietnamese hint names the key only
    "hint.SCHEMA001": ("thêm khóa '{key}:'", "add '{key}:' ({description})"),
    "SCHEMA002": ("khóa lạ '{key}'", "unknown key '{key}'"),
    "hint.did_you_mean": ("có phải ý bạn là '{word}'?", "did you mean '{word}'?"),
    "hint.expected_one_of": ("cần một trong: {choices}", "expected one of: {choices}"),
    "SCHEMA003.empty": ("{where}: đang trống; cần {expected}", "{where}: is empty; expected {expected}"),
    "hint.SCHEMA003.indent": (
        "các dòng thuộc về nó phải thụt lề vào dưới nó",
        "the lines that belong to it must be indented under it",
    ),
    "SCHEMA003.type": ("{where}: cần {expected}, thấy {found}", "{where}: expected {expected}, found {found}"),
    "SCHEMA003.type_bare": ("cần {expected}, thấy {found}", "expected {expected}, found {found}"),
    "SCHEMA003.at_most": (
        "{where}: tối đa là {limit}, thấy {found}",
        "{where}: must be at most {limit}, found {found}",
    ),
    "SCHEMA003.below": ("{where}: phải nhỏ hơn {limit}, thấy {found}", "{where}: must be below {limit}, found {found}"),
    "SCHEMA003.at_least": (
        "{where}: tối thiểu là {limit}, thấy {found}",
        "{where}: must be at least {limit}, found {found}",
    ),
    "SCHEMA003.above": ("{where}: phải lớn hơn {limit}, thấy {found}", "{where}: must be above {limit}, found {found}"),
    "SCHEMA003.not_empty": ("{where}: không được để trống", "{where}: must not be empty"),
    "SCHEMA003.literal": (
        "{where}: {found} không được phép ở đây; cần {allowed}",
        "{where}: {found} is not allowed here; expected {allowed}",
    ),
    "SCHEMA003.date": ("'{value}' không phải ngày hợp lệ ({reason})", "'{value}' is not a valid date ({reason})"),
    "hint.SCHEMA003.date": (
        "viết ngày theo dạng YYYY-MM-DD, ví dụ 2022-09-27",
        "write dates as YYYY-MM-DD, e.g. 2022-09-27",
    ),
    "SCHEMA003.where": ("{where}: {reason}", "{where}: {reason}"),
    "phrase.a_whole_number": ("một số nguyên", "a whole number"),
    "phrase.a_number": ("một số", "a number"),
    "phrase.true_or_false": ("đúng hoặc sai (true/false)", "true or false"),
    "phrase.text": ("văn bản", "text"),
    "phrase.a_date": ("một ngày (YYYY-MM-DD)", "a date (YYYY-MM-DD)"),
    "phrase.a_mapping": ("một khối khóa", "a mapping of keys"),
    "phrase.one_of_allowed": ("một trong các giá trị cho phép", "one of the allowed values"),
    "TEXT001": (
        "văn bản không ở dạng Unicode NFC (ví dụ dán từ Word); đã được chuẩn hóa",
        "text is not in Unicode NFC form (e.g. pasted from Word); it was normalised",
    ),
    "hint.TEXT001": (
        "gõ lại các chữ có dấu, hoặc chuẩn hóa tệp sang NFC",
        "re-type the accented letters, or run the file through an NFC normaliser",
    ),
    "PLAN001.component": ("nội dung {n} được khai báo hai lần", "component {n} is defined twice"),
    "PLAN001.item": ("nội dung cụ thể {id} được khai báo hai lần", "item {id} is defined twice"),
    "hint.PLAN001.item": (
        "mỗi nội dung cụ thể của một nội dung cần một chữ cái riêng",
        "each item of a component needs its own letter",
    ),
    "PLAN001.unit": ("mã đơn vị '{value}' bị dùng hai lần", "unit id '{value}' is used twice"),
    "PLAN001.source": ("mã nguồn vốn '{value}' bị dùng hai lần", "funding source id '{value}' is used twice"),
    "PLAN002": ("nội dung cụ thể {id} đứng sau {previous}", "item {id} comes after {previous}"),
    "hint.PLAN002": (
        "thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, i, k …",
        "Vietnamese lettering runs a, b, c, d, đ, e, g, h, i, k …",
    ),
    "REF001": ("không có nội dung {n}", "there is no component {n}"),
    "REF001.unit": (
        "đơn vị '{unit}' {role} nội dung {n}, nội dung này không tồn tại",
        "unit '{unit}' {role} component {n}, which does not exist",
    ),
    "phrase.leads": ("chủ trì", "leads"),
    "phrase.supports": ("phối hợp", "supports"),
    "hint.REF001": ("các nội dung được đánh số {first}–{last}", "components are numbered {first}–{last}"),
    "REF002": ("không có nội dung cụ thể {id}", "there is no item {id}"),
    "REF002.not_id": ("'{id}' không phải mã nội dung cụ thể", "'{id}' is not an item id"),
    "hint.REF002": (
        "mã nội dung cụ thể có dạng 2.a hoặc 2.đ (xem `ntmplan items`)",
        "item ids look like 2.a or 2.đ (see `ntmplan items`)",
    ),
    "hint.REF002.telex": (
        "mã nội dung cụ thể có dạng 2.a hoặc 2.đ (telex 2.dd); xem `ntmplan items`",
        "item ids look like 2.a or 2.đ (telex 2.dd); see `ntmplan items`",
    ),
    "REF003": ("không có nguồn vốn '{id}'", "there is no funding source '{id}'"),
    "hint.sources": ("các nguồn: {ids}", "sources: {ids}"),
    "REF004": ("không có chỉ tiêu '{id}'", "there is no indicator '{id}'"),
    "REF004.criterion": (
        "chỉ tiêu {id} thuộc tiêu chí {n}, tiêu chí này không tồn tại",
        "indicator {id} belongs to criterion {n}, which does not exist",
    ),
    "hint.REF004.criterion": ("các tiêu chí được đánh số 1–19", "criteria are numbered 1–19"),
    "hint.REF004": ("xem mã chỉ tiêu bằng `ntmplan criteria`", "see `ntmplan criteria` for the ids"),
    "FUND001": ("{where}: {reason}", "{where}: {reason}"),
    "FUND002": ("tổng tỷ lệ là {sum}%, cần 100%", "shares sum to {sum}%, expected 100%"),
    "hint.FUND002": (
        "tỷ lệ của tất cả các nguồn cộng lại phải bằng 100",
        "the shares of all sources together must make 100",
    ),
    "FUND003.schedule": (
        "lịch vốn theo năm cộng lại {scheduled} đồng, nhưng tổng là {total} đồng",
        "the yearly schedule sums to {scheduled} đồng, but the total is {total} đồng",
    ),
    "FUND003.components": (
        "các nội dung của '{id}' cộng lại nhiều hơn số tiền của nó",
        "the components of '{id}' add up to more than its amount",
    ),
    "PER001": ("{period} nằm ngoài giai đoạn {years} của kế hoạch", "{period} is outside the plan's years {years}"),
    "PER001.schedule": (
        "lịch vốn có năm {year}, nằm ngoài giai đoạn {years} của kế hoạch",
        "the schedule names {year}, outside the plan's years {years}",
    ),
    "PER002": ("'{name}' không được đặt tên theo quý", "'{name}' is not named after a quarter"),
    "hint.PER002": (
        "đặt tên tệp tiến độ theo dạng YYYY-Qn.yaml, ví dụ 2023-Q3.yaml",
        "name progress files YYYY-Qn.yaml, e.g. 2023-Q3.yaml",
    ),
    "PER002.mismatch": (
        "tệp dành cho {period}, nhưng khóa period của nó ghi {written}",
        "the file is for {period}, but its period says {written}",
    ),
    "hint.PER002.mismatch": ("đặt 'period: {period}' hoặc đổi tên tệp", "set 'period: {period}' or rename the file"),
    "CRIT001": ("chỉ tiêu {id} nhận {expected}, thấy {found}", "indicator {id} takes {expected}, found {found}"),
    "phrase.dat_or_not": ("đạt hoặc không đạt", "đạt or không đạt"),
    "phrase.a_number_of": ("một số ({unit})", "a number ({unit})"),
    "CRIT002": (
        "chỉ tiêu {id} có kiểu {kind} nhưng không ghi chiều so sánh",
        "indicator {id} is a {kind} but says no direction",
    ),
    "hint.CRIT002": ("thêm direction: '>=' hoặc '<='", "add direction: '>=' or '<='"),
    "CRIT003": (
        "các ngưỡng của chỉ tiêu {id} không ghi nguồn",
        "the thresholds of indicator {id} do not say where they come from",
    ),
    "hint.CRIT003": (
        "thêm source: với quyết định của tỉnh, ví dụ Quyết định …/QĐ-UBND",
        "add source: with the province's decision, e.g. Quyết định …/QĐ-UBND",
    ),
    "CRIT004": (
        "tiêu chí {number} ({name}): đánh giá của kỳ {period} ghi {verdict}, nhưng các chỉ tiêu của nó cho kết quả "
        "{state} ({detail})",
        "criterion {number} ({name}): the verdict of {period} says {verdict}, "
        "but its indicators say {state} ({detail})",
    ),
    "hint.CRIT004": (
        "kết quả theo các chỉ tiêu được dùng; sửa lại đánh giá hoặc số liệu",
        "the indicators' judgement is used; correct the verdict or the figures",
    ),
    "CHECK001": (
        "phép kiểm tra {name} bị lỗi bên trong ntmplan ({reason})",
        "the check {name} failed inside ntmplan ({reason})",
    ),
    "BLANK001": ("{field} vẫn còn phải điền ({blank})", "{field} is still to be filled in ({blank})"),
    "hint.BLANK001": (
        "thay đoạn bắt đầu bằng CẦN ĐIỀN bằng nội dung của kế hoạch",
        "replace the text starting with CẦN ĐIỀN by the plan's own",
    ),
    "BLANK001.total": ("tổng kế hoạch đang là 0 đồng", "the planned total is 0 đồng"),
    "hint.BLANK001.total": ("ghi tổng vốn của kế hoạch, ví dụ 60 tỷ", "write the plan's total, e.g. 60 tỷ"),
    "PROG001": (
        "{id}: tình trạng {status} và tỷ lệ {pct} không khớp: {why}",
        "{id}: status {status} and percent {pct} disagree: {why}",
    ),
    "PROG001.done": ("nội dung đã hoàn thành thì đạt 100%", "a done item is at 100%"),
    "PROG001.not_started": ("nội dung chưa triển khai thì ở 0%", "an item not started is at 0%"),
    "PROG001.full": ("nội dung đạt 100% thì đã hoàn thành", "an item at 100% is done"),
    "hint.PROG001": ("sửa lại tình trạng hoặc tỷ lệ", "correct the status or the percent"),
    "PROG002": ("{id} vướng mắc nhưng không ghi nguyên nhân", "{id} is blocked without a reason"),
    "hint.PROG002": (
        "ghi nguyên nhân vướng mắc dưới 'reason:'; báo cáo sẽ in ra",
        "say why under 'reason:' (nguyên nhân vướng mắc); the report prints it",
    ),
    "FILE003": (
        "'{name}' trông như một tệp kế hoạch nhưng ntmplan không đọc nó",
        "'{name}' looks like a plan file but ntmplan does not read it",
    ),
    "hint.FILE003": (
        "đổi tên thành {name}, hoặc chuyển nó ra khỏi thư mục kế hoạch nếu đó là bản sao lưu hay bản chép",
        "rename it to {name}, or move it out of the plan folder if it is a backup or a copy",
    ),
    "hint.FILE003.outside": (
        "chuyển nó ra khỏi thư mục kế hoạch: bản sao lưu hay bản chép nên để bên ngoài",
        "move it out of the plan folder: a backup or a copy belongs outside it",
    ),
    "hint.FILE003.move": ("chuyển nó ra khỏi thư mục kế hoạch", "move it out of the plan folder"),
    "hint.FILE003.backup": (
        "{hint} (bản sao lưu hay bản chép nên để ngoài thư mục kế hoạch)",
        "{hint} (a backup or a copy belongs outside the plan folder)",
    ),
    "FILE004": (
        "{name} và {other} cùng là của {quarter}; chỉ đọc {other}",
        "{name} and {other} are both for {quarter}; only {other} is read",
    ),
    "hint.FILE004": (
        "mỗi quý một tệp: gộp chúng vào {quarter}.yaml rồi xóa {name}",
        "keep one file per quarter: merge them into {quarter}.yaml and delete {name}",
    ),
    "FILE005": (
        "{rel} là một liên kết dẫn ra ngoài thư mục kế hoạch; không đi theo nó",
        "{rel} is a link leading outside the plan folder; it is not followed",
    ),
    "hint.FILE005": (
        "chép nội dung nó trỏ tới vào thư mục kế hoạch thay vì liên kết",
        "copy what it points to into the plan folder instead of linking to it",
    ),
    "FILE002.folder": ("không đọc được {what}: {reason}", "cannot read {what}: {reason}"),
    "PER002.not_read": (
        "'{name}' không được đặt tên theo quý; tệp này không được đọc",
        "'{name}' is not named after a quarter; it is not read",
    ),
    "TEXT002": (
        "một ký tự điều khiển ({name}) mà tệp kế hoạch không được chứa",
        "a control character ({name}) that a plan file cannot hold",
    ),
    "hint.TEXT002": (
        "hãy xóa nó (hầu hết trình soạn thảo không hiện nó: nó thường đi kèm văn bản dán vào)",
        "delete it (it is invisible in most editors: it often comes with pasted text)",
    ),
    "TEXT003": (
        "một ký tự xuống dòng lạ ({kinds}) dán vào văn bản; đã được đọc thành dấu cách",
        "a line-like character ({kinds}) pasted in the text; it was read as a space",
    ),
    "hint.TEXT003": (
        "nó thường đến từ Word hoặc PDF: gõ lại chỗ xuống dòng, hoặc lưu tệp để giữ dấu cách",
        "it usually comes from Word or a PDF: retype the line break, or save the file to keep the space",
    ),
    "YAML001.unclosed": (
        "dấu nháy mở ở đây không được đóng trước {until}",
        "a quote opened here is not closed before {until}",
    ),
    "phrase.end_of_file": ("cuối tệp", "the end of the file"),
    "phrase.line": ("dòng {n}", "line {n}"),
    "hint.YAML001.unclosed": (
        "thêm dấu nháy đóng ở cuối giá trị (dấu nháy bên trong viết hai lần: 'it''s')",
        "add the closing quote at the end of the value (a quote inside is written twice: 'it''s')",
    ),
    "YAML001.parse": ("không phân tích được tệp: {reason}", "cannot parse the file: {reason}"),
    "YAML004.aliases": (
        "bí danh (*tên) làm tệp bung ra quá {n} giá trị",
        "aliases (*name) expand the file to more than {n} values",
    ),
    "YAML007": ("còn sót dấu xung đột khi gộp git trong tệp", "git merge conflict left in the file"),
    "hint.YAML007": (
        "giữ lại các dòng đúng giữa <<<<<<<, ======= và >>>>>>>, rồi xóa ba dòng đánh dấu",
        "keep the right lines between <<<<<<<, ======= and >>>>>>>, then delete the three marker lines",
    ),
    "YAML008": (
        "các giá trị lồng nhau sâu quá {n} cấp ở đây",
        "the values are nested more than {n} levels deep here",
    ),
    "hint.YAML008": (
        "tệp kế hoạch chỉ sâu vài cấp: hãy tìm một chuỗi ngoặc hoặc '- ' liên tiếp",
        "plan files are a few levels deep: look for a run of brackets or of '- '",
    ),
    "YAML009": (
        "chỉ thị YAML '{directive}' không dùng trong tệp kế hoạch",
        "the YAML directive '{directive}' is not used in plan files",
    ),
    "hint.YAML009": (
        "xóa dòng này: tệp kế hoạch là YAML 1.2 (theo %YAML 1.1, yes, no và 0755 được đọc khác đi)",
        "delete the line: plan files are YAML 1.2 (under %YAML 1.1, yes, no and 0755 read otherwise)",
    ),
    "PER002.period": (
        "'{name}' không được đặt tên theo một kỳ; tệp này không được đọc",
        "'{name}' is not named after a period; it is not read",
    ),
    "hint.PER002.period": (
        "đặt tên tệp tiến độ YYYY-Qn.yaml (2023-Q3.yaml), hoặc YYYY.yaml / YYYY-Hn.yaml cho số liệu năm, 6 tháng",
        "name progress files YYYY-Qn.yaml (2023-Q3.yaml), or YYYY.yaml / YYYY-Hn.yaml for a year's or half-year's "
        "figures",
    ),
    "PER003": (
        "nội dung cụ thể được ghi theo quý, không ghi trong tệp của {period}",
        "items are recorded by quarter, not in the file for {period}",
    ),
    "PER003.key": (
        "mục '{key}' chỉ được ghi trong tệp quý, không ghi trong tệp của {period}",
        "{key} are recorded by quarter, not in the file for {period}",
    ),
    "hint.PER003": (
        "tệp năm hoặc 6 tháng chỉ chứa giá trị chỉ tiêu và kết luận tiêu chí; hãy chuyển phần này sang "
        "progress/YYYY-Qn.yaml",
        "a year or half-year file holds indicator values and criteria verdicts only; move these to "
        "progress/YYYY-Qn.yaml",
    ),
    "REF004.no_criterion": ("không có tiêu chí {n}", "there is no criterion {n}"),
    "CRIT005": (
        "bộ tiêu chí cung cấp áp dụng {first}–{last}, nhưng ntmplan đã cài sẵn {decision} cho {years}",
        "the supplied set covers {first}–{last}, but ntmplan ships {decision} for {years}",
    ),
    "hint.CRIT005": (
        "một bộ tiêu chí cung cấp chỉ dùng cho những năm chưa có bộ cài sẵn; hãy ghi first_year sau {years}",
        "a supplied set judges only years no shipped set covers; give a first_year after {years}",
    ),
    "CRIT005.backwards": (
        "bộ tiêu chí cung cấp có năm đầu {first} sau năm cuối {last}",
        "the supplied set's first year {first} is after its last year {last}",
    ),
    "CRIT005.no_criteria": (
        "bộ tiêu chí cung cấp không có tiêu chí nào",
        "the supplied set lists no criteria",
    ),
    "hint.CRIT005.no_criteria": (
        "thêm criteria: (number, name, group) như quyết định ghi",
        "add criteria: (number, name, group) as the decision gives them",
    ),
    "CRIT005.group": (
        "tiêu chí {n} thuộc nhóm {group}, nhóm này không có trong groups",
        "criterion {n} belongs to group {group}, which groups does not list",
    ),
    "CRIT001.not_percentage": (
        "{value} không phải một tỷ lệ phần trăm; chỉ tiêu {id} nhận tỷ lệ từ 0 đến 100 (85 hoặc 85,5%)",
        "{value} is not a percentage; indicator {id} takes a percentage from 0 to 100 (85 or 85,5%)",
    ),
    "CRIT001.range": (
        "{value} nằm ngoài khoảng hợp lý: chỉ tiêu tính bằng {unit}; có phải ý bạn là {guess}?",
        "{value} is out of range: the indicator counts in {unit}; did you mean {guess}?",
    ),
    "CRIT001.number_not_word": (
        "chỉ tiêu {id} nhận một số tính bằng {unit}, không phải từ đạt/không đạt {word}",
        "indicator {id} takes a number in {unit}, not the yes/no word {word}",
    ),
    "CRIT001.word_not_number": (
        "chỉ tiêu {id} nhận đạt hoặc không đạt, không phải số {value}",
        "indicator {id} takes đạt or không đạt, not the number {value}",
    ),
    "number.exponent": (
        "{value}: hãy viết đầy đủ con số, không dùng số mũ; {expected}",
        "{value}: write the number in full, not with an exponent; {expected}",
    ),
    "number.dot": (
        "{value}: dấu chấm chia nhóm ba chữ số (1.250.000); số thập phân dùng dấu phẩy ({example}); {expected}",
        "{value}: the dot groups thousands in threes (1.250.000); for a decimal use a comma ({example}); {expected}",
    ),
    "number.negative": ("{value} là số âm; {expected}", "{value} is negative; {expected}"),
    "number.not_number": ("{value} không phải một số; {expected}", "{value} is not a number; {expected}"),
    "number.expected": (
        "cần một số như 72,5, 1.250, 1.250,5 hoặc 85%",
        "expected a number such as 72,5, 1.250, 1.250,5 or 85%",
    ),
    "number.expected_marks": (
        "cần một số như 72,5, 1.250, 1.250,5 hoặc 85% (dấu chấm chia nhóm nghìn, dấu phẩy là dấu thập phân)",
        "expected a number such as 72,5, 1.250, 1.250,5 or 85% (the dot groups thousands, the comma is the decimal "
        "mark)",
    ),
    "number.expected_or_word": (
        "cần một số như 72,5, 1.250, 1.250,5 hoặc 85%, hoặc đạt / không đạt",
        "expected a number such as 72,5, 1.250, 1.250,5 or 85%, or đạt / không đạt",
    ),
    "number.takes": (
        "{value} không phải một số; chỉ tiêu {id} nhận một số tính bằng {unit}",
        "{value} is not a number; indicator {id} takes a number in {unit}",
    ),
    "number.exponent_takes": (
        "{value}: hãy viết đầy đủ con số, không dùng số mũ; chỉ tiêu {id} nhận một số tính bằng {unit}",
        "{value}: write the number in full, not with an exponent; indicator {id} takes a number in {unit}",
    ),
    "SCHEMA003.signer_twice": ("mã người ký {id} được liệt kê nhiều lần", "signer id {id} is listed more than once"),
    # the operating system's words, as they come in FILE002 and write errors
    "os.is_dir": ("đây là một thư mục", "Is a directory"),
    "os.denied": ("không có quyền truy cập", "Permission denied"),
    "os.no_file": ("không có tệp hay thư mục này", "No such file or directory"),
    "os.not_dir": ("không phải thư mục", "Not a directory"),
    "os.loop": ("quá nhiều cấp liên kết tượng trưng", "Too many levels of symbolic links"),
    "phrase.the_folder": ("thư mục {name}", "the folder {name}"),
    "phrase.the_plan_folder": ("thư mục kế hoạch", "the plan folder"),
    "os.read_only": ("hệ thống tệp chỉ đọc", "Read-only file system"),
    # the YAML parser's own words (ruamel), as they come in YAML001 messages
    "yaml.problem_context": ("{problem} ({context})", "{problem} ({context})"),
    "yaml.cannot_start": (
        "gặp ký tự {char} không thể mở đầu một phần tử",
        "found character {char} that cannot start any token",
    ),
    "yaml.mapping_values": ("không được viết giá trị khóa ở đây", "mapping values are not allowed here"),
    "yaml.expected_colon": ("không tìm thấy dấu ':' cần có", "could not find expected ':'"),
    "yaml.end_of_stream": ("gặp cuối tệp bất ngờ", "found unexpected end of stream"),
    "yaml.expected_found": ("cần {expected}, nhưng gặp {found}", "expected {expected}, but found {found}"),
    "yaml.while": ("khi đọc {what}", "while scanning {what}"),
    "yaml.while_parsing": ("khi phân tích {what}", "while parsing {what}"),
    "yaml.quoted": ("một chuỗi trong dấu nháy", "a quoted scalar"),
    "yaml.simple_key": ("một khóa", "a simple key"),
    "yaml.next_token": ("phần tử tiếp theo", "for the next token"),
    "yaml.block_mapping": ("một khối khóa", "a block mapping"),
    "yaml.block_collection": ("một danh sách", "a block collection"),
    "yaml.flow_mapping": ("một khối khóa trong ngoặc nhọn", "a flow mapping"),
    "yaml.flow_sequence": ("một danh sách trong ngoặc vuông", "a flow sequence"),
    "yaml.unknown_escape": ("gặp ký tự thoát không hợp lệ {char}", "found unknown escape character {char}"),
    "date.day_range": ("ngày nằm ngoài số ngày của tháng", "day is out of range for month"),
    "date.month_range": ("tháng phải từ 1 đến 12", "month must be in 1..12"),
    # ---------------------------------------------------------------- periods and amounts
    "number.too_large": (
        "{value} vượt quá con số lớn nhất ntmplan nhận (10^15)",
        "{value} is beyond the largest figure ntmplan accepts (10^15)",
    ),
    "pydantic.finite": ("giá trị phải là một số hữu hạn", "Input should be a finite number"),
    "pydantic.number": ("giá trị phải là một số hợp lệ", "Input should be a valid number"),
    "pydantic.integer": ("giá trị phải là một số nguyên hợp lệ", "Input should be a valid integer"),
    "pydantic.string": ("giá trị phải là văn bản", "Input should be a valid string"),
    "pydantic.dict": ("giá trị phải là một khối khóa", "Input should be a valid dictionary"),
    "pydantic.list": ("giá trị phải là một danh sách", "Input should be a valid list"),
    "amount.expected": (
        "cần một số tiền bằng đồng như 60000000000, 60.000.000.000, 60 tỷ, 1,25 tỷ hoặc 750 triệu",
        "expected an amount in đồng such as 60000000000, 60.000.000.000, 60 tỷ, 1,25 tỷ or 750 triệu",
    ),
    "period.not": ("{value} không phải một kỳ; {expected}", "{value} is not a period; {expected}"),
    "period.quarters": (
        "{value}: một năm có quý 1 đến 4; {expected}",
        "{value}: a year has quarters 1 to 4; {expected}",
    ),
    "period.halves": ("{value}: một năm có nửa 1 và 2; {expected}", "{value}: a year has halves 1 and 2; {expected}"),
    "period.year": (
        "{value}: năm {year} nằm ngoài khoảng cho phép; {expected}",
        "{value}: the year {year} is out of range; {expected}",
    ),
    "period.kind": ("{period} không phải {wanted}", "{period} is not {wanted}"),
    "period.a_Q": ("một quý", "a quarter"),
    "period.a_H": ("6 tháng", "a half-year"),
    "period.a_Y": ("một năm", "a year"),
    "period.expected": (
        "cần một kỳ như 2023-Q3, Q3/2023, quý III/2023, 2023-H1, 6 tháng đầu năm 2023 hoặc năm 2023",
        "expected a period such as 2023-Q3, Q3/2023, quý III/2023, 2023-H1, 6 tháng đầu năm 2023 or năm 2023",
    ),
    "amount.commas": (
        "{value} có nhiều hơn một dấu phẩy thập phân; {expected}",
        "{value} has more than one decimal comma; {expected}",
    ),
    "amount.dot": (
        "{value}: dấu chấm chia nhóm ba chữ số (1.250.000); số thập phân dùng dấu phẩy (1,25 tỷ); {expected}",
        "{value}: the dot groups thousands in threes (1.250.000); for a decimal use a comma (1,25 tỷ); {expected}",
    ),
    "amount.not_number": ("{value} không phải một số; {expected}", "{value} is not a number; {expected}"),
    "amount.fraction": ("{value} là phần lẻ của một đồng; {expected}", "{value} is a fraction of a đồng; {expected}"),
    "amount.not_amount": ("{value} không phải một số tiền; {expected}", "{value} is not an amount; {expected}"),
    "amount.yaml_decimal": (
        "{value} không phải số đồng nguyên; trong YAML 1.250 là số thập phân 1,25 — "
        "hãy viết 1250, '1.250.000' trong dấu nháy, hoặc 1,25 tỷ",
        "{value} is not a whole number of đồng; in YAML 1.250 is the decimal 1,25 — "
        "write 1250, 1.250.000 in quotes, or 1,25 tỷ",
    ),
    "amount.negative": ("{value} là số âm; {expected}", "{value} is negative; {expected}"),
    "amount.too_large": (
        "{value} vượt quá số tiền lớn nhất ntmplan nhận (10^18 đồng)",
        "{value} is beyond the largest amount ntmplan accepts (10^18 đồng)",
    ),
    "amount.empty": ("số tiền đang trống; {expected}", "the amount is empty; {expected}"),
    "amount.order": (
        "{value}: đơn vị phải đi từ lớn đến nhỏ (1 tỷ 250 triệu); {expected}",
        "{value}: units must go from large to small (1 tỷ 250 triệu); {expected}",
    ),
    # ---------------------------------------------------------------- refusals and usage errors
    "cli.refused": ("ntmplan: từ chối: {reason}", "ntmplan: refused: {reason}"),
    "cli.error": ("ntmplan: lỗi: {reason}", "ntmplan: error: {reason}"),
    "cli.internal": (
        "ntmplan: lỗi nội bộ: {kind}: {reason}\nChạy lại với --debug để xem chi tiết, và hãy báo lỗi này.",
        "ntmplan: internal error: {kind}: {reason}\nRun again with --debug for the traceback, and please report it.",
    ),
    "plan_invalid": ("kế hoạch có {n} lỗi", "the plan has {n} error(s)"),
    "usage.no_plan": (
        "không có thư mục kế hoạch ở '{root}' hay ở thư mục cha nào. Chạy ntmplan ở nơi có thư mục plan/, "
        "dùng --plan THƯ_MỤC, hoặc đặt NTMPLAN_PLAN (kế hoạch Cẩm Đông trong kho ntmplan là một ví dụ).",
        "no plan directory at '{root}' or above it. Run ntmplan where a plan/ folder is, pass --plan DIR, "
        "or set NTMPLAN_PLAN (the Cẩm Đông plan in the ntmplan repository is an example).",
    ),
    "usage.option": ("{option}: {reason}", "{option}: {reason}"),
    "usage.as_of_writes": (
        "--as-of đọc kế hoạch ở một phiên bản cũ; lệnh '{command}' không dùng được",
        "--as-of reads the plan of a past revision; '{command}' cannot use it",
    ),
    "usage.did_you_mean": ("{reason}; có phải ý bạn là '{word}'?", "{reason}; did you mean '{word}'?"),
    "usage.not_status_bare": ("'{value}' không phải một tình trạng", "'{value}' is not a status"),
    "usage.no_unit_bare": ("không có đơn vị '{unit}'", "no unit '{unit}'"),
    "usage.cannot_write_word": (
        "không ghi được {target}: {reason} (tệp đang mở trong Word? hãy đóng lại rồi chạy lại)",
        "cannot write {target}: {reason} (is it open in Word? close it and run again)",
    ),
    "usage.cannot_write": ("không ghi được {target}: {reason}", "cannot write {target}: {reason}"),
    "usage.no_unit": ("không có đơn vị '{unit}'; các đơn vị: {ids}", "no unit '{unit}'; units: {ids}"),
    "usage.no_component": ("không có nội dung {n}", "there is no component {n}"),
    "usage.not_status": (
        "'{value}' không phải một tình trạng; cần một trong: {choices}",
        "'{value}' is not a status; expected one of {choices}",
    ),
    "usage.not_dir": ("'{path}' không phải một thư mục", "'{path}' is not a directory"),
    "usage.not_date": (
        "'{value}' không phải một ngày; hãy viết YYYY-MM-DD, ví dụ 2023-10-05",
        "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2023-10-05",
    ),
    "usage.word_stdout": (
        "-o -: không thể in tệp Word ra màn hình; hãy cho một tên tệp",
        "-o -: a Word file cannot be printed; give a file name",
    ),
    "usage.report_needs_period": (
        "báo cáo {kind} cần một kỳ, ví dụ {example}",
        "a {kind} report needs a period, e.g. {example}",
    ),
    "usage.report_wrong_kind": (
        "{period} không phải {kind}; báo cáo {kind} nhận một kỳ như {example}",
        "{period} is not a {kind}; a {kind} report takes a period such as {example}",
    ),
    "usage.final_no_period": (
        "báo cáo tổng kết không nhận kỳ: nó bao trùm giai đoạn {years} của kế hoạch",
        "the final review takes no period: it covers the plan's years {years}",
    ),
    "usage.review_needs_range": (
        "báo cáo sơ kết cần một khoảng năm, ví dụ {example}",
        "a review needs a range of years, e.g. {example}",
    ),
    "usage.review_not_range": (
        "'{text}' không phải một khoảng năm; hãy viết như {example}",
        "'{text}' is not a range of years; write it as {example}",
    ),
    "usage.review_backwards": (
        "khoảng năm {first}..{last} bị ngược; hãy viết {last}..{first}",
        "the range {first}..{last} runs backwards; write it as {last}..{first}",
    ),
    "usage.review_outside": (
        "khoảng năm {first}..{last} nằm ngoài giai đoạn {years} của kế hoạch",
        "the range {first}..{last} is outside the plan's years {years}",
    ),
    "warn.review_empty_year": (
        "chưa có số liệu tiến độ năm {year}: báo cáo ghi rõ như vậy",
        "no progress recorded in {year}: the review says so",
    ),
    "phrase.quarter": ("quý", "quarter"),
    "phrase.half": ("6 tháng", "half"),
    "phrase.year": ("năm", "year"),
    "usage.plan_no_period": ("văn bản kế hoạch không nhận kỳ", "the plan document takes no period"),
    "usage.no_template": ("không có mẫu Word '{name}' trong {where}", "no Word template '{name}' in {where}"),
    "usage.word_template": (
        "không dựng được mẫu Word {path}: {reason}",
        "the Word template {path} cannot be rendered: {reason}",
    ),
    "usage.template": ("không dựng được mẫu {name}: {reason}", "the template {name} cannot be rendered: {reason}"),
    # report safety: templates, output files, the report's own fields
    "usage.template_line": (
        "không dựng được mẫu {name}: dòng {line}: {reason}",
        "the template {name} cannot be rendered: line {line}: {reason}",
    ),
    "usage.template_data_only": (
        "mẫu chỉ đọc dữ liệu: '{attr}' của một {type} không phải dữ liệu",
        "templates read data only: '{attr}' of a {type} is not data",
    ),
    "usage.template_name_leaves": (
        "tên mẫu '{name}' ra ngoài thư mục mẫu",
        "template name '{name}' leaves the templates folder",
    ),
    "usage.template_link": (
        "mẫu {path} là một liên kết tượng trưng; mẫu chỉ được đọc từ tệp thường",
        "the template {path} is a symbolic link; templates are read only from regular files",
    ),
    "usage.template_not_file": ("mẫu {path} không phải một tệp thường", "the template {path} is not a regular file"),
    "usage.template_unreadable": ("không đọc được mẫu {path}: {reason}", "cannot read the template {path}: {reason}"),
    "usage.template_not_utf8": ("mẫu {path} không phải văn bản UTF-8", "the template {path} is not UTF-8 text"),
    "usage.word_template_unreadable": (
        "không đọc được mẫu Word {name}: {reason}",
        "the Word template {name} cannot be read: {reason}",
    ),
    "note.plan_templates": (
        "ghi chú: không dùng {path}; thêm --plan-templates nếu tin cậy thư mục này",
        "note: {path} is not used; pass --plan-templates if you trust it",
    ),
    "usage.format_unknown_name": (
        "-o {output}: không biết định dạng từ tên tệp; hãy đặt đuôi {known}, hoặc cho --format",
        "-o {output}: cannot tell the format from the name; end it in {known}, or give --format",
    ),
    "usage.format_contradicts": (
        "-o {output} là tên tệp {named} nhưng --format là {fmt}; chỉ cho một trong hai",
        "-o {output} is a {named} file name but --format is {fmt}; give one or the other",
    ),
    "usage.no_folder": (
        "không ghi được {target}: thư mục {parent} không tồn tại",
        "cannot write {target}: the folder {parent} does not exist",
    ),
    "usage.not_folder": (
        "không ghi được {target}: {parent} không phải một thư mục",
        "cannot write {target}: {parent} is not a folder",
    ),
    "usage.not_an_integer": (
        "cần một số nguyên (ví dụ 2)",
        "Input should be a valid integer, unable to parse string as an integer",
    ),
    "usage.not_an_int": ("'{value}' không phải một số nguyên (ví dụ 2)", "'{value}' is not a valid int."),
    "usage.not_a_float": ("'{value}' không phải một số (ví dụ 2,5)", "'{value}' is not a valid float."),
    "refuse.not_a_verdict": (
        "'{status}' không phải một kết luận; cần đạt hoặc chưa đạt (có hoặc không dấu)",
        "'{status}' is not a verdict; expected đạt or chưa đạt (diacritics optional)",
    ),
    "refuse.status_percent": (
        "{id}: tình trạng {status} và tỷ lệ {pct}% không khớp: {why}",
        "{id}: status {status} and {pct}% disagree: {why}",
    ),
    "refuse.status_percent.hinted": (
        "{id}: tình trạng {status} và tỷ lệ {pct}% không khớp: {why} (ghi {percent} phù hợp với tình trạng, "
        "hoặc {clear} percent)",
        "{id}: status {status} and {pct}% disagree: {why} (give a {percent} that fits the status, or {clear} percent)",
    ),
    "hint.refuse.status_percent": (
        "ghi {percent} phù hợp với tình trạng, hoặc {clear} percent",
        "give a {percent} that fits the status, or {clear} percent",
    ),
    "refuse.blocked_reason": (
        "{id}: nội dung vướng mắc cần ghi nguyên nhân",
        "{id}: a blocked item needs its reason (nguyên nhân vướng mắc)",
    ),
    "refuse.blocked_reason.hinted": (
        '{id}: nội dung vướng mắc cần ghi nguyên nhân (ghi {reason} "…", được in trong báo cáo, '
        "hoặc {force} để ghi mà không có nguyên nhân)",
        '{id}: a blocked item needs its reason (nguyên nhân vướng mắc) (give {reason} "…" (printed in reports), '
        "or {force} to record it without one)",
    ),
    "hint.refuse.blocked_reason": (
        'ghi {reason} "…" (được in trong báo cáo), hoặc {force} để ghi mà không có nguyên nhân',
        'give {reason} "…" (printed in reports), or {force} to record it without one',
    ),
    "refuse.output_in_plan": (
        "không ghi {target}: tệp nằm trong thư mục kế hoạch {plan}; báo cáo phải nằm ngoài kế hoạch",
        "refused to write {target}: it is inside the plan folder {plan}; reports go outside the plan",
    ),
    "refuse.output_not_report": (
        "không ghi {target}: đó là {kind}, không phải một báo cáo; hãy chọn tên khác",
        "refused to write {target}: it is {kind}, not a report; choose another name",
    ),
    "phrase.a_link": ("một liên kết tượng trưng", "a symbolic link"),
    "phrase.a_folder": ("một thư mục", "a folder"),
    "phrase.a_device": ("một thiết bị", "a device"),
    "phrase.a_fifo": ("một FIFO", "a FIFO"),
    "phrase.a_socket": ("một socket", "a socket"),
    "phrase.not_regular": ("không phải tệp thường", "not a regular file"),
    "refuse.output_read_only": (
        "không ghi {target}: tệp chỉ đọc; không thay nó",
        "refused to write {target}: the file is read-only; it is not replaced",
    ),
    "refuse.template_exists": (
        "không ghi {target}: tệp đã có; mẫu không ghi đè — hãy sửa tệp đó hoặc chọn -o tên khác",
        "refused to write {target}: the file exists; the template never replaces a file — "
        "edit it or choose -o another name",
    ),
    "refuse.template_plan_file": (
        "không ghi {target}: tệp nằm trong thư mục kế hoạch {plan} nhưng không phải criteria.yaml",
        "refused to write {target}: it is inside the plan folder {plan} but is not criteria.yaml",
    ),
    "template.written": (
        "đã ghi {target}: điền ngưỡng và nguồn của tỉnh, rồi chạy ntmplan check",
        "wrote {target}: fill in the province's thresholds and their source, then run ntmplan check",
    ),
    "refuse.output_exists": (
        "{target} đã có (đã sửa tay?); thêm --force để thay, hoặc chọn -o tên khác",
        "{target} exists (edited by hand?); pass --force to replace it, or choose -o another name",
    ),
    "usage.bad_years": (
        "'{text}' không phải một giai đoạn; hãy viết 2026-2030",
        "'{text}' is not a span of years; write it as 2026-2030",
    ),
    "usage.years_backwards": (
        "{text} phải đi từ năm đầu đến năm cuối, trong khoảng 2000 đến 2100",
        "{text} must run forwards, between 2000 and 2100",
    ),
    "usage.bad_number": (
        "'{text}' không phải số văn bản; hãy viết 12 hoặc 12/{symbol}",
        "'{text}' is not a document number; write it as 12 or 12/{symbol}",
    ),
    "usage.date_not_in_calendar": (
        "'{text}' không phải một ngày có thật",
        "'{text}' is not a date of the calendar",
    ),
    "usage.bad_report_date": (
        "'{text}' không phải một ngày; hãy viết 05/10/2023 hoặc 2023-10-05",
        "'{text}' is not a date; write it as 05/10/2023 or 2023-10-05",
    ),
    "usage.no_signers": (
        "plan/document.yaml không có danh sách signers; hãy thêm vào mục 'signers:' (xem README)",
        "plan/document.yaml lists no signers; add them under 'signers:' (see README)",
    ),
    "usage.no_signer": (
        "không có người ký '{wanted}' trong plan/document.yaml; những người ký: {known}",
        "no signer '{wanted}' in plan/document.yaml; the signers are {known}",
    ),
    "refuse.by_quarter": (
        "nội dung, vốn và ghi chú được ghi theo quý, không ghi cho {period}",
        "items, funding and notes are recorded by quarter, not for {period}",
    ),
    "hint.by_quarter": (
        "ví dụ {period} 2023-Q3; năm hoặc 6 tháng chỉ nhận giá trị chỉ tiêu và kết luận",
        "e.g. {period} 2023-Q3; a year or half-year takes only indicator values and verdicts",
    ),
    "refuse.no_entry": (
        "{id} chưa có trong {quarter}: hãy ghi cả {status}",
        "{id} has no entry in {quarter} yet: give its {status}",
    ),
    "refuse.value_or_verdict": (
        "hãy ghi {value} (số liệu) hoặc {status} (đạt / chưa đạt), hoặc cả hai",
        "give {value} (the figure) or {status} (đạt / chưa đạt), or both",
    ),
    "refuse.basis_without_verdict": (
        "{basis} và {source} mô tả một kết luận: hãy ghi cả {status}",
        "{basis} and {source} describe a verdict: give {status} too",
    ),
    "refuse.not_clearable": (
        "'{name}' không phải một mục xóa được; cần một trong {fields}",
        "'{name}' is not a field that can be cleared; expected one of {fields}",
    ),
    "refuse.given_and_cleared": ("'{name}' vừa được cho vừa bị xóa", "'{name}' is both given and cleared"),
    "refuse.not_basis": (
        "'{basis}' không phải một căn cứ; cần self-assessed (tự đánh giá) hoặc appraised (thẩm định)",
        "'{basis}' is not a basis; expected self-assessed (tự đánh giá) or appraised (thẩm định)",
    ),
    "refuse.locked": (
        "một lệnh ntmplan record khác đang ghi kế hoạch này; hãy thử lại sau giây lát",
        "another ntmplan record is still writing this plan; try again in a moment",
    ),
    "refuse.unreadable": (
        "không đọc được {rel}; hãy sửa nó trước (ntmplan check)",
        "{rel} cannot be read; fix it first (ntmplan check)",
    ),
    "refuse.invalid_after": (
        "kế hoạch sẽ không hợp lệ sau lần ghi này; không ghi gì cả",
        "the plan would not be valid after this record; nothing was written",
    ),
    "REC001.changed": (
        "{rel} đã bị thay đổi trên đĩa trong lúc ghi; không ghi gì cả",
        "{rel} changed on disk while recording; nothing was written",
    ),
    "hint.run_again": ("hãy chạy lại lệnh", "run the command again"),
    "refuse.cannot_write": (
        "không ghi được {rel}: {reason}; không có gì thay đổi",
        "cannot write {rel}: {reason}; nothing was changed",
    ),
    "hint.status_vi": ("hoặc bằng tiếng Việt: {choices}", "or in Vietnamese: {choices}"),
    "refuse.percent_nan": ("'{value}' không phải một số", "'{value}' is not a number"),
    "refuse.percent_range": ("{value} nằm ngoài 0–100", "{value} is outside 0–100"),
    "refuse.yes_no": (
        "chỉ tiêu {id} nhận đạt hoặc không đạt, thấy '{value}'",
        "indicator {id} takes đạt or không đạt, found '{value}'",
    ),
    "refuse.number": (
        "chỉ tiêu {id} nhận một số ({unit}), thấy '{value}'",
        "indicator {id} takes a number ({unit}), found '{value}'",
    ),
    "refuse.percentage": (
        "{value} không phải một tỷ lệ phần trăm (0–100)",
        "{value} is not a percentage (0–100)",
    ),
    "refuse.empty_text": ("văn bản đang trống", "the text is empty"),
    "rec.progress": ("{id}: {status}", "{id}: {status}"),
    "rec.progress_pct": ("{id}: {status} ({pct}%)", "{id}: {status} ({pct}%)"),
    "rec.progress_cleared": ("{id}: {status}; đã xóa {fields}", "{id}: {status}; cleared {fields}"),
    "rec.progress_pct_cleared": (
        "{id}: {status} ({pct}%); đã xóa {fields}",
        "{id}: {status} ({pct}%); cleared {fields}",
    ),
    "word.status.not-started": ("chưa triển khai", "not-started"),
    "word.status.in-progress": ("đang thực hiện", "in-progress"),
    "word.status.done": ("hoàn thành", "done"),
    "word.status.blocked": ("vướng mắc", "blocked"),
    "with_hint": ("{message} ({hint})", "{message} ({hint})"),
    # ---------------------------------------------------------------- tooling: git history, schema
    "git.missing": (
        "chưa cài git (cần git để đọc lịch sử kế hoạch)",
        "git is not installed (it is needed to read the plan's history)",
    ),
    "git.missing_bare": ("chưa cài git", "git is not installed"),
    "git.failed": ("lệnh git {command}: {reason}", "git {command}: {reason}"),
    "git.no_plan": ("không có thư mục kế hoạch ở '{path}'", "no plan directory at '{path}'"),
    "git.not_repo": (
        "thư mục kế hoạch '{path}' không nằm trong một kho git",
        "the plan folder '{path}' is not in a git repository",
    ),
    "git.not_rev": ("'{rev}' không phải một phiên bản", "'{rev}' is not a revision"),
    "git.not_commit": (
        "'{rev}' không phải một commit của kho ở {top}",
        "'{rev}' is not a commit of the repository at {top}",
    ),
    "git.no_files": (
        "{option} {rev}: thư mục kế hoạch ({where}) không có tệp nào ở phiên bản đó",
        "{option} {rev}: the plan folder ({where}) has no files at that revision",
    ),
    "usage.history_no_item": (
        "kế hoạch không có nội dung cụ thể '{item}' (mã có dạng 2.a hoặc 2.đ; xem ntmplan items)",
        "no item '{item}' in the plan (ids look like 2.a or 2.đ; see ntmplan items)",
    ),
    "usage.not_one_of": ("{option}: '{value}' không thuộc {choices}", "{option}: '{value}' is not one of {choices}"),
    "usage.diff_nothing": (
        "chưa có kỳ báo cáo nào: không có gì để so sánh (hãy ghi tiến độ trước)",
        "no period reported yet: there is nothing to compare (record progress first)",
    ),
    "usage.diff_both": (
        "hãy cho cả hai kỳ, ví dụ ntmplan diff 2023-Q3 2023-Q4",
        "give both periods, e.g. ntmplan diff 2023-Q3 2023-Q4",
    ),
    "usage.diff_order": (
        "kỳ thứ nhất ({first}) phải đứng trước kỳ thứ hai ({second})",
        "the first period ({first}) must come before the second ({second})",
    ),
    # ---------------------------------------------------------------- init, history and diff
    "init.written": ("Đã ghi: {directory}/ ({count} tệp{git})", "Wrote: {directory}/ ({count} files{git})"),
    "init.next": (
        "Tiếp theo: cd {directory} && ntmplan check   (liệt kê những chỗ còn để trống cần điền)",
        "Next: cd {directory} && ntmplan check   (lists the blanks still to fill in)",
    ),
    "history.none": ("chưa có tiến độ nào được ghi", "no progress recorded yet"),
    "history.period": ("Kỳ", "Period"),
    "history.said": ("Kết quả; nguyên nhân; ghi chú", "Result; reason; note"),
    "history.author": ("Người ghi", "Author"),
    "history.date": ("Ngày", "Date"),
    "history.uncommitted": ("(chưa commit)", "(uncommitted)"),
    "diff.title": ("Thay đổi từ {first} đến {second}", "Changes from {first} to {second}"),
    "diff.newly_done": ("Mới hoàn thành", "Newly done"),
    "diff.newly_blocked": ("Mới vướng mắc", "Newly blocked"),
    "diff.reopened": ("Mở lại (trước đã hoàn thành)", "Reopened (done before)"),
    "diff.other": ("Thay đổi khác", "Other changes"),
    "diff.money": ("Vốn huy động (đồng)", "Money mobilised (đồng)"),
    "diff.to_date": ("lũy kế", "to date"),
    "diff.total": ("Tổng", "Total"),
    "diff.indicators": ("Chỉ tiêu", "Indicators"),
    "diff.criteria": ("Tiêu chí", "Criteria"),
    "usage.file_not_dir": (
        "{option}: '{path}' là một tệp, không phải thư mục",
        "{option}: '{path}' is a file, not a directory",
    ),
    # ---------------------------------------------------------------- many plans: rollup, export
    "rollup.progress": ("đã đọc {done}/{total} kế hoạch", "read {done}/{total} plans"),
    "rollup.title": ("{count} xã — {period} — tiêu chí {level}", "{count} communes — {period} — {level} criteria"),
    "rollup.level.ntm": ("NTM", "New rural"),
    "rollup.level.nang-cao": ("NTM nâng cao", "Advanced"),
    "rollup.level.kieu-mau": ("NTM kiểu mẫu", "Model"),
    "rollup.col.commune": ("Xã", "Commune"),
    "rollup.col.recognised": ("Đã đạt chuẩn", "Recognised"),
    "rollup.col.met": ("TC đạt", "Met"),
    "rollup.col.not_met": ("chưa", "Not met"),
    "rollup.col.not_assessed": ("chưa ĐG", "Not assessed"),
    "rollup.col.done": ("ND xong", "Items done"),
    "rollup.col.blocked": ("vướng", "Blocked"),
    "rollup.col.funds": ("vốn/KH", "Funds/plan"),
    "rollup.col.last": ("kỳ cuối", "Last period"),
    "rollup.late": ("chậm", "late"),
    "rollup.failed": ("✗ {id}: {errors} lỗi — {first}", "✗ {id}: {errors} error(s) — {first}"),
    "rollup.exported": ("{count} xã → {output} ({tables})", "{count} communes → {output} ({tables})"),
    "rollup.total": ("Tổng: {line}", "Total: {line}"),
    "rollup.communes": ("{count} xã", "{count} communes"),
    "rollup.broken": (" ({count} xã kế hoạch chưa hợp lệ)", " ({count} with an invalid plan)"),
    "rollup.recognised": ("đã đạt chuẩn {levels}", "recognised {levels}"),
    "rollup.level_met": ("đủ tiêu chí {met}/{total}", "criteria met {met}/{total}"),
    "rollup.items": ("nội dung xong {done}, vướng {blocked}", "items done {done}, blocked {blocked}"),
    "rollup.funds": ("vốn {percent} kế hoạch", "funds {percent} of plan"),
    "rollup.late_count": ("chưa báo cáo {count}", "not reported {count}"),
    "many.first_error": ("{where}: lỗi[{code}]: {message}", "{where}: error[{code}]: {message}"),
    "many.no_plan": ("không có thư mục kế hoạch ở đây", "no plan folder here"),
    "many.no_group": (
        "--group-by: vùng làm việc không có nhóm '{name}' (các nhóm: {groups})",
        "--group-by: no group '{name}' in the workspace (groups: {groups})",
    ),
    "many.no_column": (
        "{option}: không có cột '{name}'; các cột: `{columns}`",
        "{option}: no column '{name}'; columns: {columns}",
    ),
    "many.failed": (
        "ntmplan: {n}/{total} kế hoạch không qua kiểm tra; các kế hoạch còn lại vẫn được tổng hợp "
        "(chạy `ntmplan --plan DIR check` cho từng kế hoạch)",
        "ntmplan: {n} of {total} plans do not check; the others are rolled up (run `ntmplan --plan DIR check` on each)",
    ),
    "many.no_progress": (
        "chưa xã nào ghi tiến độ; hãy chỉ rõ --period",
        "no commune has recorded any progress yet; give --period",
    ),
    "many.where_form": (
        "--where: '{cond}' không có dạng CỘT=GIÁ_TRỊ (hoặc !=, >, >=, <, <=, ~ là 'có chứa')",
        "--where: '{cond}' is not COLUMN=VALUE (also !=, >, >=, <, <=, ~ for 'contains')",
    ),
    "many.output_is_file": ("-o: '{path}' là một tệp; hãy chỉ một thư mục", "-o: '{path}' is a file; give a folder"),
    "many.needs_pyarrow": (
        "{option} parquet cần pyarrow: pip install 'ntmplan[analytics]'",
        "{option} parquet needs pyarrow: pip install 'ntmplan[analytics]'",
    ),
    "usage.name_empty": ("tên đang để trống", "the name is empty"),
    "usage.name_control": (
        "tên có ký tự điều khiển (xuống dòng hoặc tab)",
        "the name contains a control character (a line break or a tab)",
    ),
    "many.no_workspace_file": ("không có tệp '{path}'", "no file at '{path}'"),
    "many.no_workspace": (
        "không có {file} ở thư mục này hay thư mục cha; hãy dùng {workspace} TỆP hoặc {plans} 'MẪU' "
        "(ví dụ {plans} 'communes/*')",
        "no {file} here or in a folder above; pass {workspace} FILE or {plans} 'GLOB' (e.g. {plans} 'communes/*')",
    ),
    "many.glob_empty": ("'{pattern}' không khớp thư mục kế hoạch nào", "'{pattern}' matches no plan folder"),
    "many.plans_empty": (
        "không thư mục kế hoạch nào khớp {patterns}",
        "no plan folder matches {patterns}",
    ),
    "many.warning": ("ntmplan: cảnh báo: {warning}", "ntmplan: warning: {warning}"),
    "many.not_exported": ("ntmplan: không xuất: {id}: {first}", "ntmplan: not exported: {id}: {first}"),
    "many.report_failed": (
        "ntmplan: {n}/{total} kế hoạch không qua kiểm tra; báo cáo tổng hợp các kế hoạch còn lại "
        "và liệt kê các kế hoạch này",
        "ntmplan: {n} of {total} plans do not check; the report covers the others and lists them",
    ),
    # ---------------------------------------------------------------- the command-line parser (Click)
    "click.usage": ("Cách dùng:", "Usage:"),
    "click.options": ("Tùy chọn", "Options"),
    "click.arguments": ("Đối số", "Arguments"),
    "click.commands": ("Lệnh", "Commands"),
    "click.dynamic": ("(động)", "(dynamic)"),
    "click.aborted": ("Đã hủy!", "Aborted!"),
    "click.env_var": ("biến môi trường: {var}", "env var: {var}"),
    "click.required": ("bắt buộc", "required"),
    "click.default": ("mặc định: {value}", "default: {value}"),
    "click.help": ("Hiện hướng dẫn này rồi thoát.", "Show this message and exit."),
    "click.error": ("Lỗi", "Error"),
    "click.try": ("Xem '{command}' để biết cách dùng.", "Try '{command}' for help."),
    "click.no_option": ("Không có tùy chọn {option}", "No such option: {option}"),
    "click.no_option_possible": (
        "Không có tùy chọn {option} (các tùy chọn gần giống: {choices})",
        "No such option: {option} (Possible options: {choices})",
    ),
    "click.did_you_mean": ("{message}. Có phải ý bạn là {choices}?", "{message}. Did you mean {choices}?"),
    "click.value_error": ("{reason}", "Value error, {reason}"),
    "click.no_command": ("Không có lệnh {name}.", "No such command {name}."),
    "click.invalid_for": ("Giá trị không hợp lệ cho {param}: {reason}", "Invalid value for {param}: {reason}"),
    "click.invalid": ("Giá trị không hợp lệ: {reason}", "Invalid value: {reason}"),
    "click.not_one_of": ("{value} không thuộc {choices}.", "{value} is not one of {choices}."),
    "click.not_valid": ("Giá trị {value} không phải {label} hợp lệ.", "Value {value} is not a valid {label}."),
    "click.missing": ("Thiếu {kind} {param}.", "Missing {kind} {param}."),
    "click.missing_bare": ("Thiếu {kind}.", "Missing {kind}."),
    "phrase.option": ("tùy chọn", "option"),
    "phrase.argument": ("đối số", "argument"),
    "phrase.parameter": ("tham số", "parameter"),
    "click.extra": ("Thừa đối số ({args})", "Got unexpected extra argument(s) ({args})"),
    "click.requires": ("Tùy chọn {option} cần một giá trị.", "Option {option} requires an argument."),
    "funding.negative_total": ("tổng không được âm", "the total must not be negative"),
    "funding.shares": ("tổng tỷ lệ là {sum}%, cần 100%", "shares sum to {sum}%, expected 100%"),
}


# --help: the English text written in the code → Vietnamese. Whitespace is normalised before lookup.
HELP: dict[str, str] = {
    "A tracker for a commune's New Rural Development (NTM) plan.": "Theo dõi kế hoạch xây dựng nông thôn mới của xã.",
    "Plan directory [default: $NTMPLAN_PLAN, else the nearest plan/ in this folder or above]": (
        "Thư mục kế hoạch [mặc định: $NTMPLAN_PLAN, nếu không thì thư mục plan/ gần nhất ở đây hoặc ở thư mục cha]"
    ),
    "Language of the terminal text: vi or en": "Ngôn ngữ hiển thị: vi hoặc en",
    "Plain output without colours": "In không màu",
    "Show Python tracebacks": "Hiện chi tiết lỗi Python",
    "Print the version and exit": "In phiên bản rồi thoát",
    "Validate the whole plan and print every problem, each with its file, line and column.": (
        "Kiểm tra toàn bộ kế hoạch và in mọi lỗi, kèm tệp, dòng và cột."
    ),
    "text, json or github (workflow annotations)": "text, json hoặc github (chú thích cho workflow)",
    "Where the plan stands, on one screen: progress, funding, criteria, milestones, changes, attention.": (
        "Kế hoạch đang ở đâu, trên một màn hình: tiến độ, vốn, tiêu chí, mốc, thay đổi, việc cần chú ý."
    ),
    "Also the plan's identity, components, units and funding tables": (
        "Thêm thông tin kế hoạch và các bảng nội dung, đơn vị, nguồn vốn"
    ),
    "2023-Q3, 2023-H1, 2023 … [default: latest with data]": (
        "2023-Q3, 2023-H1, 2023 … [mặc định: kỳ mới nhất có số liệu]"
    ),
    "Criteria level for the summary: ntm, nang-cao or kieu-mau": "Mức tiêu chí để tóm tắt: ntm, nang-cao hoặc kieu-mau",
    "List the lettered items (nội dung cụ thể), filtered by component, unit or status.": (
        "Liệt kê các nội dung cụ thể, lọc theo nội dung, đơn vị hoặc tình trạng."
    ),
    "Only this component's items": "Chỉ các nội dung cụ thể của nội dung này",
    UNIT_FILTER_HELP: (
        "Chỉ các nội dung cụ thể thuộc nội dung mà đơn vị này chủ trì hoặc phối hợp: mã, số thứ tự (10) hoặc tên "
        '("Công an xã", có hoặc không dấu)'
    ),
    FILTER_STATUS_HELP: (
        f"Chỉ các nội dung cụ thể có tình trạng này; một trong các cách viết, có hoặc không dấu: {_FILTER_FORMS}"
    ),
    RECORD_STATUS_HELP: (
        f"Tình trạng (bắt buộc với mục mới); một trong các cách viết, có hoặc không dấu: {_RECORD_FORMS}"
    ),
    "Only items with this status": "Chỉ các nội dung cụ thể có tình trạng này",
    "Status as of this period": "Tình trạng tính đến kỳ này",
    "The units of section VI and the components each leads or supports.": (
        "Các đơn vị ở mục VI và những nội dung mỗi đơn vị chủ trì hoặc phối hợp."
    ),
    UNIT_ARG_HELP: 'Mã, số thứ tự (10) hoặc tên của một đơn vị ("Công an xã", có hoặc không dấu), để xem nhiệm vụ',
    "Funding by source: share, planned amount, mobilised in the period and to date, % of plan.": (
        "Nguồn vốn theo nguồn: tỷ lệ, số kế hoạch, huy động trong kỳ và lũy kế, % kế hoạch."
    ),
    "What-if split of another total, e.g. '75 tỷ' (the plan is untouched)": (
        "Phân bổ giả định cho một tổng khác, ví dụ '75 tỷ' (kế hoạch không bị thay đổi)"
    ),
    "source, year or component": "source (nguồn), year (năm) hoặc component (nội dung)",
    "Mobilised in this period, and to date as of its end": "Huy động trong kỳ này, và lũy kế đến hết kỳ",
    "The national criteria for a level: each met, not met, without data or without a threshold.": (
        "Bộ tiêu chí quốc gia theo mức: từng tiêu chí đạt, chưa đạt, chưa có số liệu hoặc chưa có ngưỡng."
    ),
    "ntm, nang-cao or kieu-mau": "ntm, nang-cao hoặc kieu-mau",
    "Write a fill-in file for the province's thresholds: every criterion and indicator, thresholds blank.": (
        "Ghi tệp để điền ngưỡng của tỉnh: mọi tiêu chí và chỉ tiêu, ngưỡng để trống."
    ),
    "Only the thresholds of this level: ntm, nang-cao or kieu-mau [default: every level]": (
        "Chỉ ngưỡng của mức này: ntm, nang-cao hoặc kieu-mau [mặc định: mọi mức]"
    ),
    "File to write [default: criteria.yaml in the plan folder]": (
        "Tệp sẽ ghi [mặc định: criteria.yaml trong thư mục kế hoạch]"
    ),
    "Values as of this period [default: latest with data]": (
        "Giá trị tính đến kỳ này [mặc định: kỳ mới nhất có số liệu]"
    ),
    "Write the plan document or a quarterly, 6-month or annual report.": (
        "Xuất văn bản kế hoạch hoặc báo cáo quý, 6 tháng, năm."
    ),
    "plan, quarter, half or year": "plan (kế hoạch), quarter (quý), half (6 tháng) hoặc year (năm)",
    "2023-Q3 (quarter), 2023-H1 (half), 2023 (year), 2021..2023 (review)": (
        "2023-Q3 (quý), 2023-H1 (6 tháng), 2023 (năm), 2021..2023 (sơ kết)"
    ),
    "md or docx": "md hoặc docx",
    "Output file; '-' prints Markdown to stdout [default: reports/…]": (
        "Tệp kết quả; '-' in Markdown ra màn hình [mặc định: reports/…]"
    ),
    "A directory of templates that override the shipped ones": "Thư mục mẫu thay cho các mẫu có sẵn",
    "Date printed on the report, YYYY-MM-DD [default: today]": (
        "Ngày ghi trên báo cáo, YYYY-MM-DD [mặc định: hôm nay]"
    ),
    "The report's number, if already assigned": "Số của báo cáo, nếu đã được cấp",
    "Record a quarter's progress into plan/progress/YYYY-Qn.yaml.": (
        "Ghi tiến độ một quý vào plan/progress/YYYY-Qn.yaml."
    ),
    "Record how far an item got in a quarter.": "Ghi tiến độ của một nội dung cụ thể trong một quý.",
    "Item id: 2.a, 2.đ (or telex 2.dd)": "Mã nội dung cụ thể: 2.a, 2.đ (hoặc telex 2.dd)",
    "The quarter, e.g. 2023-Q3 or quý III/2023": "Quý, ví dụ 2023-Q3 hoặc quý III/2023",
    "not-started, in-progress, done or blocked": "not-started, in-progress, done hoặc blocked",
    "How far it got, 0–100": "Đã làm được bao nhiêu phần trăm, 0–100",
    "A note for the officer": "Ghi chú cho cán bộ",
    "What was achieved, as the report should say it": "Kết quả đạt được, như báo cáo sẽ ghi",
    "Record an indicator's value for a quarter.": "Ghi giá trị của một chỉ tiêu trong một quý.",
    "Indicator id, e.g. 3.1 (see ntmplan criteria)": "Mã chỉ tiêu, ví dụ 3.1 (xem ntmplan criteria)",
    "A number (85, 85,5) or đạt / không đạt": "Một số (85, 85,5) hoặc đạt / không đạt",
    "Record the money a source brought in during a quarter (replaces an earlier figure).": (
        "Ghi số vốn một nguồn huy động được trong quý (thay cho số đã ghi trước đó)."
    ),
    SOURCE_ARG_HELP: "Nguồn vốn: mã, số thứ tự (1 … theo thứ tự của ntmplan funding) hoặc tên, có hoặc không dấu",
    AMOUNT_HELP: "Số tiền huy động trong quý: 1.250.000.000, 1,25 tỷ, 350 triệu (hoặc không dấu: 1,25 ty, 350 trieu) …",
    "Record it against one component": "Ghi cho một nội dung",
    "Add a shortcoming (tồn tại, hạn chế) to a quarter.": "Thêm một tồn tại, hạn chế vào một quý.",
    "The text, in Vietnamese": "Nội dung, bằng tiếng Việt",
    "Add a task for the next quarter (nhiệm vụ quý tới).": "Thêm một nhiệm vụ cho quý tới.",
    "Add a proposal (đề xuất, kiến nghị) to a quarter.": "Thêm một đề xuất, kiến nghị vào một quý.",
    "Output format: text or json": "Định dạng: text hoặc json",
    "Write the plan document, a quarterly, 6-month or annual report, or the roll-up of a workspace.": (
        "Xuất văn bản kế hoạch, báo cáo quý, 6 tháng, năm, hoặc báo cáo tổng hợp của vùng làm việc."
    ),
    "plan, quarter, half, year, review (sơ kết), final (tổng kết), or rollup (across a workspace)": (
        "plan (kế hoạch), quarter (quý), half (6 tháng), year (năm), review (sơ kết), final (tổng kết) "
        "hoặc rollup (tổng hợp vùng làm việc)"
    ),
    "Who signs: an id from 'signers' in plan/document.yaml [default: signer]": (
        "Người ký: một mã trong 'signers' của plan/document.yaml [mặc định: signer]"
    ),
    "rollup: an annex by this group of the workspace": "rollup: thêm phụ lục theo nhóm này của vùng làm việc",
    "rollup: the criteria level counted": "rollup: mức tiêu chí được đếm",
    "Record progress into plan/progress/YYYY-Qn.yaml, or a year's figures and verdicts into YYYY.yaml.": (
        "Ghi tiến độ vào plan/progress/YYYY-Qn.yaml, hoặc số liệu và kết luận của năm vào YYYY.yaml."
    ),
    "Record an indicator's value, or a verdict on it, for a quarter, a half-year or a year.": (
        "Ghi giá trị của một chỉ tiêu, hoặc kết luận về nó, cho một quý, 6 tháng hoặc một năm."
    ),
    "A quarter (2023-Q3), a half-year (2023-H1) or a year (2023)": (
        "Một quý (2023-Q3), 6 tháng (2023-H1) hoặc một năm (2023)"
    ),
    "A number (85; 72,5; 72,5 triệu; 85%) or đạt / không đạt": (
        "Một số (85; 72,5; 72,5 triệu; 85%) hoặc đạt / không đạt"
    ),
    "A verdict on the indicator: đạt or chưa đạt": "Kết luận về chỉ tiêu: đạt hoặc chưa đạt",
    "self-assessed (tự đánh giá, default) or appraised (thẩm định)": (
        "self-assessed (tự đánh giá, mặc định) hoặc appraised (thẩm định)"
    ),
    "The document the verdict rests on": "Văn bản làm căn cứ cho kết luận",
    "Record a verdict on a whole criterion (self-assessed or appraised) for a period.": (
        "Ghi kết luận về cả một tiêu chí (tự đánh giá hoặc thẩm định) cho một kỳ."
    ),
    "Criterion number, 1–19": "Số thứ tự tiêu chí, 1–19",
    "đạt or chưa đạt": "đạt hoặc chưa đạt",
    "The document it rests on, e.g. Văn bản số …": "Văn bản làm căn cứ, ví dụ Văn bản số …",
    "e.g. Theo kết quả tự đánh giá …": "ví dụ Theo kết quả tự đánh giá …",
    "Add the communes' roll-up [default: ntmplan-workspace.yaml here or above, if any]": (
        "Thêm phần tổng hợp các xã [mặc định: ntmplan-workspace.yaml ở đây hoặc ở thư mục cha, nếu có]"
    ),
    "Also print the officers' private notes (ghi chú) of each item": "In cả ghi chú riêng của cán bộ cho từng nội dung",
    "One row per commune of the workspace, then totals and counts by group.": (
        "Mỗi xã của vùng làm việc một dòng, rồi tổng và số đếm theo nhóm."
    ),
    "2025-Q2, 2025-H1, 2025 … [default: latest reported]": "2025-Q2, 2025-H1, 2025 … [mặc định: kỳ báo cáo mới nhất]",
    "Criteria level: ntm, nang-cao or kieu-mau": "Mức tiêu chí: ntm, nang-cao hoặc kieu-mau",
    "Criteria level: ntm, nang-cao or kieu-mau [default: the plan's target, the lowest level not yet recognised]": (
        "Mức tiêu chí: ntm, nang-cao hoặc kieu-mau [mặc định: mức kế hoạch đang hướng tới, mức thấp nhất chưa được "
        "công nhận]"
    ),
    "A group of the workspace, e.g. province": "Một nhóm của vùng làm việc, ví dụ tỉnh",
    "Sort by a column; -column for descending (repeatable)": (
        "Sắp xếp theo một cột; -cột để xếp giảm dần (dùng được nhiều lần)"
    ),
    "Keep rows where COLUMN=VALUE (or !=, >, >=, <, <=, ~ contains; repeatable)": (
        "Giữ các dòng có CỘT=GIÁ_TRỊ (hoặc !=, >, >=, <, <=, ~ chứa; dùng được nhiều lần)"
    ),
    "text, json or csv": "text, json hoặc csv",
    "The workspace file [default: ntmplan-workspace.yaml here or above]": (
        "Tệp vùng làm việc [mặc định: ntmplan-workspace.yaml ở đây hoặc ở thư mục cha]"
    ),
    "Plan folders or a glob, e.g. 'communes/*' (instead of a workspace file; repeatable)": (
        "Các thư mục kế hoạch hoặc một mẫu, ví dụ 'communes/*' (thay cho tệp vùng làm việc; dùng được nhiều lần)"
    ),
    "Read every plan cold (also NTMPLAN_NO_CACHE=1)": (
        "Đọc lại mọi kế hoạch, không dùng bộ đệm (hoặc NTMPLAN_NO_CACHE=1)"
    ),
    "Tidy tables of every plan of the workspace (or of the one plan) for DuckDB, Spark or a warehouse.": (
        "Xuất bảng dữ liệu gọn của mọi kế hoạch trong vùng làm việc (hoặc của một kế hoạch) cho DuckDB, Spark "
        "hay kho dữ liệu."
    ),
    "The folder to write the tables into": "Thư mục để ghi các bảng",
    "csv, jsonl or parquet": "csv, jsonl hoặc parquet",
    "A static, offline HTML dashboard of the plan (overview, items, units, timelines, funding, criteria).": (
        "Trang HTML tĩnh, xem không cần mạng, về kế hoạch (tổng quan, nội dung, đơn vị, diễn biến, vốn, tiêu chí)."
    ),
    "Folder for the pages [default: site/]": "Thư mục chứa các trang [mặc định: site/]",
    "As of this period [default: latest with data]": "Tính đến kỳ này [mặc định: kỳ mới nhất có số liệu]",
    "Criteria level of the overview: ntm, nang-cao or kieu-mau": (
        "Mức tiêu chí của trang tổng quan: ntm, nang-cao hoặc kieu-mau"
    ),
    "How far it got, 0–100; must agree with the status": (
        "Đã làm được bao nhiêu phần trăm, 0–100; phải khớp với tình trạng"
    ),
    "Kết quả: what was achieved, printed in reports": "Kết quả đạt được, in trong báo cáo",
    "Nguyên nhân: why a blocked item is stuck, printed in reports": "Nguyên nhân vướng mắc, in trong báo cáo",
    "Ghi chú: a private note for the officers, never in a report": (
        "Ghi chú riêng của cán bộ, không bao giờ in trong báo cáo"
    ),
    "Remove a field: percent, result, reason or note (repeatable)": (
        "Xóa một trường: percent, result, reason hoặc note (dùng được nhiều lần)"
    ),
    "Record a blocked item without a reason": "Ghi nội dung vướng mắc mà không có nguyên nhân",
    "Add a key task for the next period (nhiệm vụ trọng tâm kỳ tới).": "Thêm một nhiệm vụ trọng tâm kỳ tới.",
    "Add a line on direction and management (công tác chỉ đạo, điều hành) to a quarter.": (
        "Thêm một dòng về công tác chỉ đạo, điều hành vào một quý."
    ),
    "Add a line of the general assessment (đánh giá chung) to a quarter.": "Thêm một dòng đánh giá chung vào một quý.",
    "Add a lesson learnt (bài học kinh nghiệm) to a quarter; review reports gather them.": (
        "Thêm một bài học kinh nghiệm vào một quý; báo cáo sơ kết, tổng kết sẽ tập hợp lại."
    ),
    "md or docx [default: from the -o name, else md]": "md hoặc docx [mặc định: theo tên tệp -o, nếu không thì md]",
    "md, docx or xlsx (Excel annexes) [default: from the -o name, else md]": (
        "md, docx hoặc xlsx (phụ biểu Excel) [mặc định: theo tên tệp -o, nếu không thì md]"
    ),
    "Replace an existing report of the same name": "Thay báo cáo cùng tên đã có",
    "Use the templates/ folder beside the plan (off: a plan may be others')": (
        "Dùng thư mục templates/ bên cạnh kế hoạch (mặc định tắt: kế hoạch có thể là của người khác)"
    ),
    "Date printed on the report: 05/10/2023 or 2023-10-05 [default: today]": (
        "Ngày ghi trên báo cáo: 05/10/2023 hoặc 2023-10-05 [mặc định: hôm nay]"
    ),
    "The report's number, if assigned: 12 or 12/BC-UBND": "Số của báo cáo, nếu đã được cấp: 12 hoặc 12/BC-UBND",
    "Make a new commune's plan: the plan files with blanks to fill in, a README, a .gitignore.": (
        "Tạo kế hoạch mới cho một xã: các tệp kế hoạch với chỗ trống cần điền, một README, một .gitignore."
    ),
    "The new plan repository's folder (must not exist, or be empty)": (
        "Thư mục của kho kế hoạch mới (chưa có, hoặc đang trống)"
    ),
    "Name of the commune (xã), e.g. 'Tân Trường'": "Tên xã, ví dụ 'Tân Trường'",
    "Name of the province (tỉnh)": "Tên tỉnh",
    "The plan's years, e.g. 2026-2030": "Giai đoạn của kế hoạch, ví dụ 2026-2030",
    "Name of the district (huyện), if the plan names one": "Tên huyện, nếu kế hoạch có ghi",
    "Also run git init in the new folder": "Chạy thêm git init trong thư mục mới",
    "One item's timeline across quarters, with the commit, author and date of each change.": (
        "Diễn biến của một nội dung cụ thể qua các quý, kèm commit, người sửa và ngày của từng thay đổi."
    ),
    "What changed between two periods: items done, blocked or reopened, money, indicators and verdicts.": (
        "Những gì thay đổi giữa hai kỳ: nội dung hoàn thành, vướng mắc hay làm lại, vốn, chỉ tiêu và kết luận."
    ),
    "The earlier period [default: the second-last reported]": "Kỳ trước [mặc định: kỳ báo cáo áp chót]",
    "The later period [default: the last reported]": "Kỳ sau [mặc định: kỳ báo cáo cuối cùng]",
    "Criteria level for the verdicts: ntm, nang-cao or kieu-mau": (
        "Mức tiêu chí để kết luận: ntm, nang-cao hoặc kieu-mau"
    ),
    "Read the plan as it was at this git revision (a commit, tag, HEAD~3 …)": (
        "Đọc kế hoạch như ở một phiên bản git (commit, tag, HEAD~3 …)"
    ),
    "Write a JSON Schema for each kind of plan file, for editors (yaml-language-server).": (
        "Xuất JSON Schema cho từng loại tệp kế hoạch, dùng cho trình soạn thảo (yaml-language-server)."
    ),
    "Directory for the schemas [default: the plan's schema/ folder]": (
        "Thư mục chứa các schema [mặc định: thư mục schema/ của kế hoạch]"
    ),
}
