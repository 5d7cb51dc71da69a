"""The document around the plan: header, legal bases, objectives, solutions, closing."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator

from .. import words
from .base import Model, Number, Text


class Issuer(Model):
    """The issuing body, as printed top left of the document."""

    lines: list[Text] = Field(description="Name of the issuing body, one printed line each")
    abbreviation: Text = Field(description="Abbreviation used in document numbers, e.g. UBND")
    commune: Text = Field(description="Name of the commune (xã)")
    district: Text | None = Field(
        default=None, description="Name of the district (huyện), if any: since 2025 there is no district level"
    )
    province: Text = Field(description="Name of the province (tỉnh)")


class Header(Model):
    kind: Text = Field(description="Document type as printed, e.g. KẾ HOẠCH")
    number: Text = Field(description="Number and symbol, e.g. 39/KH-UBND")
    place: Text = Field(description="Place name printed before the date")
    date: dt.date = Field(description="Date of issue")
    title: Text = Field(description="Summary title (trích yếu)")
    start_year: int = Field(ge=2000, le=2100, description="First year the plan covers")
    end_year: int = Field(ge=2000, le=2100, description="Last year the plan covers")


class Citation(Model):
    """A document cited in a legal basis (căn cứ)."""

    kind: Text = Field(description="Quyết định, Thông báo, Kế hoạch, Nghị quyết …")
    number: Text = Field(description="Number and symbol, e.g. 318/QĐ-TTg")
    date: dt.date = Field(description="Date of the cited document")
    issuer: Text = Field(description="Who issued it")
    subject: Text = Field(description="What it is about, as the plan words it")


class LegalBasis(Model):
    text: Text = Field(description="The căn cứ paragraph, verbatim")
    cites: list[Citation] = Field(default_factory=list, description="The documents the paragraph cites")


class Signer(Model):
    authority: Text = Field(description="Signing authority line, e.g. TM. ỦY BAN NHÂN DÂN XÃ")
    position: Text = Field(description="Position, e.g. CHỦ TỊCH")
    name: Text = Field(description="Full name of the signer")


class ReportSigner(Signer):
    """Someone who may sign the periodic reports, chosen with ``report --signer ID``."""

    id: Text = Field(description="A short id to choose the signer by, e.g. chu-tich, pho-chu-tich")


ReportKindName = Literal["quarter", "half", "year", "review", "final"]


class Document(Model):
    """document.yaml: everything of the plan document outside sections I–VI."""

    issuer: Issuer = Field(description="The issuing body")
    header: Header = Field(description="Type, number, place and date, title, years")
    legal_bases: list[LegalBasis] = Field(description="The căn cứ paragraphs")
    preamble: Text = Field(description="The paragraph before section I")
    closing: Text = Field(description="The closing paragraph (Trên đây là …)")
    recipients: list[Text] = Field(description="Nơi nhận, one line each")
    report_recipients: list[Text] | dict[ReportKindName, list[Text]] | None = Field(
        default=None,
        description="Nơi nhận of the periodic reports: one list for all, or a list per kind of report "
        "(quarter, half, year, review, final); a kind not listed takes recipients",
    )
    signer: Signer = Field(description="Who signs, and in whose name")
    signers: list[ReportSigner] = Field(
        default_factory=list,
        description="Who may sign the periodic reports (report --signer ID); default: signer",
    )

    @field_validator("signers")
    @classmethod
    def _unique_signer_ids(cls, value: list[ReportSigner]) -> list[ReportSigner]:
        ids = [s.id for s in value]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"signer id {', '.join(twice)} is listed more than once")
        return value


Level = Literal["ntm", "nang-cao", "kieu-mau"]
LEVEL_NAMES: dict[str, str] = {level.value: level.vi for level in words.Level}


class Milestone(Model):
    level: Level = Field(description="ntm, nang-cao or kieu-mau")
    year: int = Field(ge=2000, le=2100, description="Year achieved, or year aimed at")
    state: Literal["achieved", "target"] = Field(description="achieved: đã đạt; target: phấn đấu")


class Recognition(Model):
    """A level the commune was recognised at (công nhận đạt chuẩn): history, judged under the
    criteria set of its time; it never counts as met under another set."""

    level: Level = Field(description="ntm, nang-cao or kieu-mau")
    year: int = Field(ge=2000, le=2100, description="Year of the recognition")
    criteria_set: Annotated[str, StringConstraints(pattern=r"^\d{4}[-–]\d{4}$")] = Field(
        description="The period of the criteria set it was made under, e.g. 2016–2020"
    )
    decision: Text | None = Field(default=None, description="Number of the recognising decision, e.g. 123/QĐ-UBND")
    date: dt.date | None = Field(default=None, description="Date of the decision")
    by: Text | None = Field(default=None, description="Who recognised it, e.g. UBND tỉnh Hải Dương")


class Target(Model):
    """A figure the plan sets itself, e.g. income 85 triệu đồng/người/năm by 2025."""

    id: Text = Field(description="A short id, e.g. thu-nhap")
    name: Text = Field(description="What is measured")
    value: Number = Field(description="The figure aimed at")
    unit: Text = Field(description="Its unit, e.g. triệu đồng/người/năm")
    year: int = Field(ge=2000, le=2100, description="By when")
    direction: Literal[">=", "<="] = Field(default=">=", description="At least (>=) or at most (<=)")
    indicator: str | None = Field(default=None, description="Criteria indicator that measures it")


class Objectives(Model):
    """objectives.yaml: sections I (purposes, requirements) and II (objectives)."""

    purposes: list[Text] = Field(description="I.1 Mục đích, one paragraph each")
    requirements: list[Text] = Field(description="I.2 Yêu cầu, one paragraph each")
    general: list[Text] = Field(description="II.1 Mục tiêu chung")
    specific: list[Text] = Field(description="II.2 Mục tiêu cụ thể")
    milestones: list[Milestone] = Field(description="The levels achieved and aimed at, as data")
    recognitions: list[Recognition] = Field(
        default_factory=list, description="Recognitions received (công nhận), with the criteria set of their time"
    )
    targets: list[Target] = Field(default_factory=list, description="The plan's own figures, as data")


class Solution(Model):
    title: Text = Field(description="The solution's heading")
    paragraphs: list[Text] = Field(description="Its paragraphs, verbatim")


class Solutions(Model):
    """solutions.yaml: section V, the key solutions."""

    solutions: list[Solution] = Field(description="The key solutions, in order")
