"""JSON Schemas of the plan files, generated from the models, for editors.

An editor with the YAML extension (yaml-language-server) reads the first line of a plan file,
``# yaml-language-server: $schema=schema/document.schema.json``, and then validates and
completes while the officer types. The schemas say what the models accept: an amount is an
integer or Vietnamese text (``60 tỷ``, ``1.250.000.000``), a period a patterned string, and
every description is in Vietnamese. ``ntmplan check`` stays the judge: a schema cannot see
across files (an item id that does not exist, shares not summing to 100).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from .models import Components, CriteriaConfig, Document, Funding, Objectives, Progress, Solutions, Units
from .models import amount as amount_mod
from .models import base as base_mod
from .models import period as period_mod
from .models import progress as progress_mod

SCHEMA_DIR = "schema"
"""Where the schemas live inside a plan folder: plan/schema/<kind>.schema.json."""

KINDS: dict[str, type[BaseModel]] = {
    "document": Document,
    "objectives": Objectives,
    "components": Components,
    "funding": Funding,
    "solutions": Solutions,
    "units": Units,
    "criteria": CriteriaConfig,
    "progress": Progress,
}

_UNIT = "(?:tỷ|tỉ|triệu|trđ|tr|nghìn|ngàn)"
_NUM = r"(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?"
AMOUNT_PATTERN = rf"^\s*{_NUM}\s*{_UNIT}?(?:\s*{_NUM}\s*{_UNIT})*\s*(?:đồng|đ|vnđ|VNĐ|vnd|VND)?\s*$"
PERIOD_PATTERN = (
    r"^(?:[0-9]{4}(?:-[QqHh][1-4])?|[QqHh][1-4]/[0-9]{4}"
    r"|[Qq]uý\s+(?:I{1,3}|IV|[1-4])\s*(?:/|năm)\s*[0-9]{4})$"
)
NUMBER_PATTERN = r"^\s*[0-9]+(?:[.,][0-9]+)?\s*%?\s*$"
YES_NO = ["đạt", "không đạt", "chưa đạt", "có", "không"]

_AMOUNT: JsonSchemaValue = {
    "anyOf": [
        {"type": "integer", "minimum": 0},
        {"type": "string", "pattern": AMOUNT_PATTERN},
    ],
    "description": "Số tiền, đồng: 60000000000, 60.000.000.000, 60 tỷ, 1,25 tỷ hoặc 750 triệu",
    "examples": ["60.000.000.000", "1,25 tỷ", "750 triệu"],
}
_PERIOD: JsonSchemaValue = {
    "anyOf": [{"type": "string", "pattern": PERIOD_PATTERN}, {"type": "integer", "minimum": 1900, "maximum": 2999}],
    "description": "Kỳ: 2023-Q3, 2023-H1, 2023, Q3/2023 hoặc quý III/2023",
    "examples": ["2023-Q3"],
}
_NUMBER: JsonSchemaValue = {
    "anyOf": [{"type": "number"}, {"type": "string", "pattern": NUMBER_PATTERN}],
    "description": "Một số; dấu phẩy thập phân được chấp nhận (85,5)",
}
_STATUS: JsonSchemaValue = {
    "type": "string",
    "enum": [*progress_mod.STATUSES, *progress_mod.STATUS_NAMES.values()],
    "description": "Trạng thái: not-started (chưa triển khai), in-progress (đang thực hiện), done (hoàn thành), "
    "blocked (vướng mắc)",
}
_INDICATOR_VALUE: JsonSchemaValue = {
    "anyOf": [
        {"type": "boolean"},
        {"type": "number"},
        {"type": "string", "enum": YES_NO},
        {"type": "string", "pattern": NUMBER_PATTERN},
    ],
    "description": "Giá trị: một số (85, 85,5) hoặc đạt / không đạt",
}

# Vietnamese descriptions: "Model.field" first, then the field name alone, then the model itself.
_VI: dict[str, str] = {
    # document.yaml
    "Document": "Văn bản kế hoạch: cơ quan ban hành, số, ngày, trích yếu, căn cứ, lời mở đầu, kết thúc, nơi nhận",
    "issuer": "Cơ quan ban hành",
    "Issuer": "Cơ quan ban hành văn bản",
    "Issuer.lines": "Tên cơ quan ban hành, mỗi dòng in một phần tử",
    "abbreviation": "Chữ viết tắt dùng trong số văn bản, ví dụ UBND",
    "commune": "Tên xã",
    "district": "Tên huyện (không bắt buộc: từ 2025 không còn cấp huyện)",
    "province": "Tên tỉnh",
    "header": "Loại văn bản, số, địa danh và ngày, trích yếu, các năm của kế hoạch",
    "Header": "Phần đầu văn bản",
    "Header.kind": "Tên loại văn bản, ví dụ KẾ HOẠCH",
    "Header.number": "Số và ký hiệu, ví dụ 39/KH-UBND",
    "place": "Địa danh ghi trước ngày tháng",
    "Header.date": "Ngày ban hành (YYYY-MM-DD)",
    "Header.title": "Trích yếu nội dung",
    "start_year": "Năm đầu của kế hoạch",
    "end_year": "Năm cuối của kế hoạch",
    "legal_bases": "Các căn cứ",
    "LegalBasis": "Một đoạn căn cứ",
    "LegalBasis.text": "Đoạn căn cứ, nguyên văn",
    "cites": "Các văn bản đoạn căn cứ dẫn",
    "Citation": "Văn bản được dẫn",
    "Citation.kind": "Loại văn bản: Quyết định, Thông báo, Kế hoạch, Nghị quyết …",
    "Citation.number": "Số và ký hiệu, ví dụ 318/QĐ-TTg",
    "Citation.date": "Ngày của văn bản được dẫn (YYYY-MM-DD)",
    "Citation.issuer": "Cơ quan ban hành",
    "subject": "Trích yếu, như kế hoạch ghi",
    "preamble": "Đoạn mở đầu trước mục I",
    "closing": "Đoạn kết (Trên đây là …)",
    "recipients": "Nơi nhận, mỗi dòng một phần tử",
    "report_recipients": "Nơi nhận của các báo cáo định kỳ: một danh sách chung, hoặc mỗi loại báo cáo một danh "
    "sách (quarter, half, year, review, final); loại không có danh sách dùng nơi nhận của kế hoạch",
    "signer": "Người ký và thẩm quyền ký",
    "Signer": "Người ký",
    "authority": "Thẩm quyền ký, ví dụ TM. ỦY BAN NHÂN DÂN",
    "position": "Chức vụ, ví dụ CHỦ TỊCH",
    "Signer.name": "Họ và tên người ký",
    "signers": "Những người có thể ký báo cáo định kỳ (report --signer ID); mặc định: người ký của kế hoạch",
    "ReportSigner": "Người có thể ký báo cáo, chọn bằng report --signer ID",
    "ReportSigner.id": "Mã ngắn để chọn người ký, ví dụ chu-tich, pho-chu-tich",
    "ReportSigner.name": "Họ và tên người ký",
    # objectives.yaml
    "Objectives": "Mục I (mục đích, yêu cầu) và mục II (mục tiêu) của kế hoạch",
    "purposes": "I.1 Mục đích, mỗi đoạn một phần tử",
    "requirements": "I.2 Yêu cầu, mỗi đoạn một phần tử",
    "general": "II.1 Mục tiêu chung",
    "specific": "II.2 Mục tiêu cụ thể",
    "milestones": "Các mức đã đạt và phấn đấu đạt",
    "Milestone": "Một mốc: mức và năm",
    "Milestone.level": "Mức: ntm, nang-cao hoặc kieu-mau",
    "Milestone.year": "Năm đạt, hoặc năm phấn đấu đạt",
    "state": "achieved: đã đạt; target: phấn đấu đạt",
    "targets": "Các chỉ tiêu bằng số của kế hoạch",
    "recognitions": "Các lần được công nhận đạt chuẩn (lịch sử, theo bộ tiêu chí của thời điểm đó)",
    "Recognition": "Một lần công nhận đạt chuẩn",
    "Recognition.level": "Mức: ntm, nang-cao hoặc kieu-mau",
    "Recognition.year": "Năm được công nhận",
    "criteria_set": "Giai đoạn của bộ tiêu chí áp dụng khi công nhận, ví dụ 2016–2020",
    "decision": "Số quyết định công nhận, ví dụ 123/QĐ-UBND",
    "Recognition.date": "Ngày của quyết định",
    "by": "Cơ quan công nhận, ví dụ UBND tỉnh Hải Dương",
    "Target": "Một chỉ tiêu",
    "Target.id": "Mã ngắn, ví dụ thu-nhap",
    "Target.name": "Nội dung chỉ tiêu",
    "Target.value": "Con số phấn đấu",
    "Target.unit": "Đơn vị tính, ví dụ triệu đồng/người/năm",
    "Target.year": "Năm phải đạt",
    "Target.direction": "Ít nhất (>=) hay nhiều nhất (<=)",
    "Target.indicator": "Mã chỉ tiêu trong bộ tiêu chí đo chỉ tiêu này",
    # components.yaml
    "Components": "Mục III: các nội dung thành phần và nội dung cụ thể",
    "components": "Các nội dung thành phần, theo thứ tự",
    "Component": "Một nội dung thành phần",
    "Component.number": "Số thứ tự nội dung thành phần",
    "Component.title": "Tên nội dung thành phần, nguyên văn",
    "Component.items": "Các nội dung cụ thể a, b, c, d, đ …",
    "Item": "Một nội dung cụ thể",
    "letter": "Chữ cái của nội dung: a, b, c, d, đ, e …",
    "Item.text": "Nội dung, nguyên văn",
    # funding.yaml
    "Funding": "Mục IV: kinh phí dự kiến theo nguồn",
    "Funding.total": "Tổng kinh phí, đồng",
    "intro": "Câu giới thiệu tổng kinh phí, nguyên văn",
    "sources": "Các nguồn vốn và tỷ lệ",
    "Source": "Một nguồn vốn",
    "Source.id": "Mã nguồn, ví dụ ngan-sach-dia-phuong (dùng với record funding)",
    "Source.name": "Tên nguồn như kế hoạch ghi",
    "share": "Tỷ lệ trong tổng kinh phí, %; tổng các nguồn phải bằng 100",
    "wording": "Cách kế hoạch ghi tỷ lệ, nguyên văn",
    "schedule": "Kinh phí dự kiến theo năm, đồng",
    "mechanisms": "Cơ chế hỗ trợ, nguyên văn",
    "Mechanisms": "Một cơ chế hỗ trợ",
    "Mechanisms.title": "Tiêu đề",
    "points": "Các ý, nguyên văn",
    # solutions.yaml
    "Solutions": "Mục V: các giải pháp trọng tâm",
    "solutions": "Các giải pháp, theo thứ tự",
    "Solution": "Một giải pháp",
    "Solution.title": "Tên giải pháp",
    "paragraphs": "Các đoạn, nguyên văn",
    # units.yaml
    "Units": "Mục VI: tổ chức thực hiện — các đơn vị và nhiệm vụ",
    "units": "Các đơn vị, theo thứ tự",
    "Unit": "Một đơn vị",
    "Unit.id": "Mã đơn vị, ví dụ cong-an (dùng với --unit)",
    "Unit.number": "Số thứ tự trong mục VI",
    "Unit.name": "Tên đơn vị như kế hoạch ghi",
    "duties": "Nhiệm vụ, nguyên văn, mỗi nhiệm vụ một phần tử",
    "bullets": "Văn bản liệt kê nhiệm vụ bằng gạch đầu dòng hay không",
    "leads": "Các nội dung thành phần đơn vị chủ trì",
    "supports": "Các nội dung thành phần đơn vị phối hợp",
    # criteria.yaml
    "CriteriaConfig": "Chỉ tiêu và ngưỡng của tỉnh (không bắt buộc), mỗi ngưỡng ghi rõ nguồn",
    "region": "Vùng áp dụng ngưỡng, ví dụ Đồng bằng sông Hồng",
    "indicators": "Các chỉ tiêu thêm hoặc thay chỉ tiêu cùng mã",
    "Indicator": "Một chỉ tiêu",
    "Indicator.id": "Mã chỉ tiêu, ví dụ 3.1",
    "criterion": "Số tiêu chí chứa chỉ tiêu",
    "Indicator.name": "Nội dung chỉ tiêu như quyết định ghi",
    "Indicator.kind": "Loại: percent (tỷ lệ), number (số) hoặc yes-no (đạt / không đạt)",
    "Indicator.unit": "Đơn vị tính",
    "Indicator.direction": "Chiều so sánh: >= hoặc <= (bắt buộc với percent và number)",
    "thresholds": "Các ngưỡng theo mức",
    "Threshold": "Một ngưỡng",
    "Threshold.level": "Mức áp dụng: ntm, nang-cao hoặc kieu-mau",
    "Threshold.value": "Ngưỡng như nhau mọi năm",
    "by_year": "Ngưỡng thay đổi theo năm",
    "Threshold.source": "Văn bản quy định ngưỡng",
    "confirmed": "Chỉ tiêu đã được xác nhận hay chưa",
    "Indicator.source": "Văn bản quy định chỉ tiêu và ngưỡng",
    "CriteriaConfig.set": (
        "Cả một bộ tiêu chí cho những năm ntmplan chưa cài sẵn bộ nào (khi đó ghi cả nhóm và tiêu chí)"
    ),
    "SuppliedSet": "Bộ tiêu chí do kế hoạch hoặc tỉnh cung cấp",
    "SuppliedSet.decision": "Quyết định ban hành bộ tiêu chí, ví dụ Quyết định 51/2025/QĐ-TTg",
    "SuppliedSet.name": "Tên bộ tiêu chí như quyết định ghi",
    "SuppliedSet.first_year": "Năm đầu của giai đoạn bộ tiêu chí áp dụng",
    "SuppliedSet.last_year": "Năm cuối của giai đoạn bộ tiêu chí áp dụng",
    "CriteriaConfig.groups": "Khi có set: các nhóm tiêu chí",
    "CriteriaConfig.criteria": "Khi có set: các tiêu chí",
    "CriteriaGroup": "Một nhóm tiêu chí",
    "CriteriaGroup.id": "Mã nhóm, ví dụ I",
    "CriteriaGroup.name": "Tên nhóm",
    "Criterion": "Một tiêu chí",
    "Criterion.number": "Số tiêu chí",
    "Criterion.name": "Tên tiêu chí",
    "Criterion.group": "Mã nhóm của tiêu chí",
    # progress/YYYY-Qn.yaml
    "Progress": "Tiến độ một quý (plan/progress/YYYY-Qn.yaml), hoặc số liệu và đánh giá cả năm, nửa năm "
    "(YYYY.yaml, YYYY-Hn.yaml)",
    "period": "Quý của tệp, ví dụ 2023-Q3 (trùng tên tệp)",
    "Progress.items": "Tiến độ theo mã nội dung (2.a, 2.đ)",
    "ItemProgress": "Tiến độ một nội dung",
    "status": "not-started, in-progress, done hoặc blocked",
    "percent": "Mức hoàn thành, 0–100",
    "ItemProgress.note": "Ghi chú nội bộ cho cán bộ; không in trong báo cáo (trừ khi --with-notes)",
    "ItemProgress.reason": "Nguyên nhân vướng mắc (in trong báo cáo)",
    "result": "Kết quả đạt được, in trong báo cáo (công khai)",
    "Progress.funding": "Vốn huy động trong quý theo mã nguồn",
    "SourceFunding": "Vốn một nguồn huy động trong quý (viết gọn: nguồn: số tiền)",
    "amount": "Tổng số huy động từ nguồn, đồng",
    "SourceFunding.components": "Chi tiết theo nội dung thành phần, đồng",
    "Progress.indicators": "Giá trị chỉ tiêu theo mã (3.1)",
    "IndicatorValue": "Giá trị một chỉ tiêu",
    "value": "Một số, hoặc đạt / không đạt",
    "IndicatorValue.note": "Nguồn số liệu hoặc ghi chú",
    "IndicatorValue.unit": "Đơn vị ghi kèm giá trị (72,5 triệu), phải khớp đơn vị của chỉ tiêu",
    "IndicatorValue.status": "Đánh giá chỉ tiêu: đạt hoặc chưa đạt",
    "basis": "Căn cứ đánh giá: self-assessed (xã tự đánh giá, mặc định) hoặc appraised (cấp trên thẩm định)",
    "IndicatorValue.source": "Văn bản làm căn cứ đánh giá",
    "Progress.criteria": "Đánh giá từng tiêu chí theo số (1–19): tự đánh giá hoặc thẩm định",
    "Verdict": "Đánh giá một tiêu chí",
    "Verdict.status": "đạt hoặc chưa đạt",
    "Verdict.level": "Bộ tiêu chí được đánh giá: ntm hoặc nang-cao (bỏ trống: mức đang xét)",
    "Verdict.source": "Văn bản làm căn cứ, ví dụ Văn bản số …",
    "Verdict.note": "Ghi chú, ví dụ Theo kết quả tự đánh giá …",
    "shortcomings": "Tồn tại, hạn chế",
    "next_tasks": "Nhiệm vụ trọng tâm kỳ tới",
    "proposals": "Đề xuất, kiến nghị",
    "direction": "Công tác chỉ đạo, điều hành",
    "assessment": "Đánh giá chung",
    "lessons": "Bài học kinh nghiệm",
}


class _Generator(GenerateJsonSchema):
    """Pydantic's generator, told what the plan's own value types accept as written."""

    _SPECIAL: dict[Any, JsonSchemaValue] = {
        amount_mod._validate: _AMOUNT,
        period_mod.validate_period: _PERIOD,
        base_mod._decimal: _NUMBER,
        progress_mod.normalise_status: _STATUS,
        progress_mod._yes_no_or_number: _INDICATOR_VALUE,
    }

    def function_before_schema(self, schema: core_schema.BeforeValidatorFunctionSchema) -> JsonSchemaValue:
        func = schema["function"]["function"]
        special = self._SPECIAL.get(func)
        if special is not None:
            return copy.deepcopy(special)
        return super().function_before_schema(schema)


def _describe(node: Any, model: str | None = None) -> None:
    """Replace the models' English descriptions by Vietnamese ones; drop pydantic's titles."""
    if isinstance(node, list):
        for child in node:
            _describe(child, model)
        return
    if not isinstance(node, dict):
        return
    node.pop("title", None)
    for key, bound in (("ge", "minimum"), ("le", "maximum")):
        if key in node:
            node[bound] = node.pop(key)
    for name, sub in node.get("properties", {}).items():
        text = _VI.get(f"{model}.{name}") or _VI.get(name)
        if text is None:
            raise KeyError(f"no Vietnamese description for {model}.{name}")
        sub["description"] = text
        sub.pop("title", None)
        _describe(sub, model)
    for key, sub in node.items():
        if key not in ("properties", "$defs"):
            _describe(sub, model)
    for name, sub in node.get("$defs", {}).items():
        if "properties" in sub:
            sub["description"] = _VI[name]
        _describe(sub, name)


def schema_for(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one kind of plan file."""
    model = KINDS[kind]
    schema: dict[str, Any] = model.model_json_schema(schema_generator=_Generator, mode="validation")
    name = model.__name__
    _describe(schema, name)
    schema["description"] = _VI[name]
    defs = schema.get("$defs", {})
    if "SourceFunding" in defs:  # ``source: 1.250.000.000`` is short for ``source: {amount: …}``
        defs["SourceFunding"] = {"anyOf": [dict(_AMOUNT), defs["SourceFunding"]], "description": _VI["SourceFunding"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{kind}.schema.json",
        "title": f"ntmplan: {'progress/YYYY-Qn' if kind == 'progress' else kind}.yaml",
        **schema,
    }


def schema_text(kind: str) -> str:
    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2) + "\n"


def kind_of(rel: str) -> str | None:
    """The kind of plan file at ``rel`` (relative to the plan folder), or None."""
    if rel.startswith("progress/"):
        return "progress"
    stem = rel.removesuffix(".yaml").removesuffix(".yml")
    return stem if stem in KINDS and stem != "progress" else None


def modeline(rel: str, schema_dir: str = SCHEMA_DIR) -> str:
    """The first line that points an editor at the schema of the plan file ``rel``."""
    kind = kind_of(rel)
    if kind is None:
        raise ValueError(f"{rel} is not a plan file")
    up = "../" * rel.count("/")
    return f"# yaml-language-server: $schema={up}{schema_dir}/{kind}.schema.json"
