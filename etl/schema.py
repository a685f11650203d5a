"""Every table, its columns and dtypes, and the enumerated values with their Chinese labels, said once.

The ETL builds rows with `row()`, which refuses an unknown or missing column
(so a misspelt field fails a test instead of silently making an empty column);
pages, the CSV export, tests and the benchmark read the table list from here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# Enumerations: stored value → Chinese label shown to users
EVENT_TYPES = {"agreement": "签约", "ceremony": "仪式", "lecture": "宣讲培训", "competition": "竞赛",
               "meeting": "会议", "donation": "慰问捐赠", "announcement": "发布名单", "performance": "文艺展演",
               "activity": "活动"}
ARTICLE_KINDS = {"news": "消息", "photo": "图片新闻", "feature": "通讯", "commentary": "评论", "fragment": "片段",
                 "continuation": "转版续文"}
INGEST_STATUSES = {"ok": "成功", "unchanged": "未变（跳过）", "duplicate": "重复（只存一次）", "warning": "警告",
                   "error": "失败"}
EVENT_SCOPES = {"union": "工会活动", "labour": "劳动就业（政府、企业）", "other": "其他（党政会议等）"}
PAYER_TYPES = {"union": "工会", "government": "政府", "enterprise": "企业", "social": "社会/慈善", "individual": "个人",
               "joint": "多方共同出资", "unknown": "未明"}
FLOWS = {"granted": "拨付/发放", "raised": "筹集", "spent": "支出/投入", "loan": "贷款", "refund": "返还/补贴",
         "budget": "预算安排", "cumulative": "累计/多年合计", "part": "分项（文中另有合计）",
         "rate": "每人标准（未给人数）"}
ISSUE_DATE_METHODS = {"file name": "文件名", "page header": "版面页眉", "dateline": "电头", "text": "正文推断", "": "无法判断"}
AMOUNT_APPROX = {"": "确数", "more than": "超过", "about": "约", "range": "区间"}
PLACE_ROLES = {"text": "正文提及", "dateline": "电头（发稿地）"}
AWARD_STATUSES = {"current": "本次授予", "cumulative": "累计总数", "prior": "此前所获"}
# a row's review status (etl/review): every figure counts what is not rejected; 只计已核对 counts the checked
REVIEW_STATUSES = {"unchecked": "未核对", "confirmed": "已确认", "corrected": "已更正", "rejected": "已删除",
                   "added": "人工补充"}
CHECKED_STATUSES = ("confirmed", "corrected", "added")
RECIPIENT_KINDS = {"person": "个人", "collective": "集体", "unit": "单位", "base": "示范点/基地/工作室"}
ENUMS = {("articles", "issue_date_method"): ISSUE_DATE_METHODS, ("funding", "amount_approx"): AMOUNT_APPROX,
         ("events", "event_type"): EVENT_TYPES, ("events", "scope"): EVENT_SCOPES,
         ("funding", "payer_type"): PAYER_TYPES, ("funding", "flow"): FLOWS, ("locations", "role"): PLACE_ROLES, ("awards", "award_status"): AWARD_STATUSES,
         ("awards", "recipient_kind"): {"": "未明", **RECIPIENT_KINDS}, ("articles", "kind"): ARTICLE_KINDS,
         ("ingest_log", "status"): INGEST_STATUSES}

EVIDENCE = {"start": "Int64", "end": "Int64", "evidence": "string"}
# which rule made a fact row, and how often that rule is right (etl/rules/rule_precision.json)
PROVENANCE = {"rule": "string", "confidence": "float64"}
# what review did to a row: not stored in the parts but given by every view and export (etl/review applies the
# corrections ledger whenever the store is read)
REVIEW = {"review_status": "string", "reviewed_by": "string", "reviewed_at": "string", "review_note": "string"}
# the citation a fact row is exported with (from its article)
CITATION = ("title", "paper", "page", "source")

TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "string", "source": "string", "doc_hash": "string", "text_hash": "string", "position": "Int64",
        "title": "string", "kicker": "string", "subtitle": "string", "byline": "string",
        "kind": "string", "is_union": "boolean", "dateline": "string", "issue_date": "string",
        "issue_date_method": "string", "paper": "string", "page": "string",
        "primary_province": "string", "n_chars": "Int64", "text": "string", "pdf_page": "Int64",
    },
    "locations": {
        "article_id": "string", "issue_date": "string", "province": "string", "province_full": "string", "city": "string",
        "county": "string", "level": "string", "adcode": "string", "lng": "float64", "lat": "float64",
        "mention": "string", "role": "string", **EVIDENCE, **PROVENANCE,
    },
    "events": {
        "article_id": "string", "issue_date": "string", "event_type": "string", "event_type_label": "string", "name": "string",
        "date_start": "string", "date_end": "string", "date_approx": "boolean", "date_precision": "string",
        "date_text": "string",
        "province": "string", "city": "string", "county": "string", "organizer": "string",
        "participants": "Int64", "scope": "string", "event_key": "string", **EVIDENCE, **PROVENANCE,
    },
    "awards": {
        "article_id": "string", "issue_date": "string", "award": "string", "recipient": "string", "recipient_count": "Int64",
        "group_count": "Int64", "recipient_kind": "string", "award_status": "string", "year": "Int64",
        "awarded_by": "string", "province": "string", **EVIDENCE, **PROVENANCE,
    },
    "funding": {
        "article_id": "string", "issue_date": "string", "amount_yuan": "float64", "amount_yuan_high": "float64", "amount_text": "string",
        "amount_approx": "string", "each_count": "Int64",
        "year": "Int64", "province": "string", "payer": "string", "payer_type": "string", "flow": "string",
        "purpose": "string", **EVIDENCE, **PROVENANCE,
    },
    "keywords": {"article_id": "string", "issue_date": "string", "primary_province": "string", "keyword": "string",
                 "weight": "float64", "count": "Int64"},
    "ingest_log": {
        "file": "string", "hash": "string", "size": "Int64", "encoding": "string", "status": "string",
        "message": "string", "articles": "Int64", "time": "string", "etl_version": "string",
    },
}
FACT_TABLES = ("locations", "events", "awards", "funding", "keywords")
EXTRACTED_TABLES = ("articles", *FACT_TABLES)
SQL_TYPES = {"string": "VARCHAR", "Int64": "BIGINT", "float64": "DOUBLE", "boolean": "BOOLEAN"}  # as DuckDB names them


def row(table: str, **values) -> dict:
    """One row of `table`: every column given, no other, enumerated values known."""
    cols = TABLES[table]
    unknown = set(values) - set(cols)
    missing = set(cols) - set(values)
    if unknown or missing:
        raise ValueError(f"{table} row: unknown columns {sorted(unknown)}, missing {sorted(missing)}")
    for (t, col), allowed in ENUMS.items():
        if t == table and values[col] not in allowed:
            raise ValueError(f"{table}.{col}: unknown value {values[col]!r}")
    return values


def frame(table: str, rows: list[dict]) -> "pd.DataFrame":
    """A DataFrame with exactly the table's columns, in order, with their dtypes."""
    import pandas as pd
    cols = TABLES[table]
    df = pd.DataFrame(rows, columns=list(cols))
    return df.astype(cols)


# Column dictionary: Chinese name and meaning of every column (the data page's 字段说明 and
# data_dictionary.csv in every export)
_SHARED_DOCS = {
    "article_id": ("文章编号", "所在文章的编号（文件内容哈希前12位-文章序号）"),
    "start": ("起始位置", "该记录在文章全文中的起始字符位置"), "end": ("结束位置", "该记录在文章全文中的结束字符位置"),
    "evidence": ("原文证据", "规则匹配到的原句，可据此核对"),
    "province": ("省份", "省级单位简称；“全国”为全国性条目"), "city": ("地市", "地级行政区全称"),
    "county": ("区县", "县级行政区全称"), "title": ("文章标题", "所在文章的标题"),
    # carried on every fact row, so that a date or province filter needs no join with the articles
    "issue_date": ("出版日期", "所在文章的出版日期"), "primary_province": ("文章主要省份", "所在文章的主要省份"),
    "rule": ("抽取规则", "产生该记录的规则编号（etl/rules/rules.yaml），可据此查看规则的说明与例句"),
    "confidence": ("可信度", "该规则在人工核对的样本上实测的准确率（0–1）；越低越应优先核对"),
    "review_status": ("核对状态", "未核对、已确认、已更正、人工补充（已删除的记录不计入任何数字，也不出现在导出中）"),
    "reviewed_by": ("核对人", "最近一次核对该记录的人"), "reviewed_at": ("核对时间", "最近一次核对的时间"),
    "review_note": ("核对说明", "删除理由或核对备注"),
    "paper": ("报纸名", "所在文章的报纸（不知道时为空）"), "page": ("版次", "所在文章的版次（不知道时为空）"),
    "source": ("来源文件", "所在文章的输入文件"),
}
COLUMN_DOCS: dict[str, dict[str, tuple[str, str]]] = {
    "articles": {
        "source": ("来源文件", "输入文件的路径或名称"), "doc_hash": ("文件哈希", "文件全文的 SHA-1"),
        "text_hash": ("文章哈希", "本篇文章全文的 SHA-1：核对记录据此找回文章（改名、重新抽取、从来源重建后仍相同）"),
        "position": ("版面序号", "文章在文件中的先后位置"), "title": ("标题", "主标题"), "kicker": ("引题", "主标题上方的引题"),
        "subtitle": ("副题", "主标题下方的副题"), "byline": ("作者", "记者、通讯员、摄影"),
        "kind": ("类型", "消息、图片新闻、通讯、评论、片段、转版续文"),
        "is_union": ("工会相关", "工会、其干部或其项目在文中行动时为是；仅提到职工或工资时为否"),
        "dateline": ("电头地点", "“本报北京…电”中的发稿地"), "issue_date": ("出版日期", "报纸出版日期"),
        "issue_date_method": ("出版日期来源", "文件名、版面页眉、电头或正文"),
        "paper": ("报纸名", "报道自己的讯头（南方工报讯）、版面页眉或文件名代码（rmrb → 人民日报）给出的报纸；不知道时为空，不猜"),
        "page": ("版次", "版面页眉（第3版、03版）或文件名（…-06-02 为第6版）给出的版次；不知道时为空"),
        "primary_province": ("主要省份", "文章主要涉及的省级单位；全国性报道为“全国”"),
        "n_chars": ("字数", "全文字符数"), "text": ("全文", "整理后的文章全文"),
        "pdf_page": ("PDF页", "文章印在 PDF 文件的第几页（来源不是 PDF 时为空）：阅读页可显示该页原图"),
    },
    "locations": {
        "province_full": ("省份全称", "省级单位全称"), "level": ("级别", "省、地、县级"),
        "adcode": ("行政区划代码", "国家统计用区划代码"), "lng": ("经度", "行政区中心经度"), "lat": ("纬度", "行政区中心纬度"),
        "mention": ("原文地名", "文中出现的写法"), "role": ("提及方式", "正文提及，或电头（发稿地，不计入主要省份）"),
    },
    "events": {
        "event_type": ("活动类型代码", "meeting、competition 等"), "event_type_label": ("活动类型", "会议、竞赛、仪式等"),
        "name": ("活动名称", "文中对该活动的称呼"), "date_start": ("开始日期", "活动日期或日期窗口的起点"),
        "date_end": ("结束日期", "多日活动或日期窗口的终点"), "date_approx": ("日期为约数", "日前、近日、节日期间等"),
        "date_precision": ("日期精度", "日、月、时段（节日、季度、某月以来）、年"), "date_text": ("原文日期", "文中的日期写法"),
        "organizer": ("主办单位", "举办活动的单位（简称已按上下文补全）"), "participants": ("参加人数", "文中给出的人数"),
        "scope": ("活动性质", "工会活动、劳动就业活动（政府、企业）、其他（党政会议等）；默认统计不含“其他”"),
        "event_key": ("活动标识", "多篇文章报道同一活动时相同；活动数按不同标识计"),
    },
    "awards": {
        "award": ("荣誉名称", "称号、奖章、奖项或名次"), "recipient": ("获得者", "个人或集体；只给人数时为空"),
        "recipient_count": ("本行人数", "具名获得者为1，只给人数的行为该人数；此列可直接求和"),
        "group_count": ("同批总数", "文中给出的该荣誉获得者总数（如“陈丁等50位”为50）"),
        "recipient_kind": ("获得者类型", "个人、集体（班组、车间）、单位、示范点/基地/工作室；“获荣誉人数”只计个人（一人多项荣誉计一人），集体与单位另计"),
        "award_status": ("荣誉状态", "本次授予、累计总数（截至目前、累计）、此前所获；默认统计只计本次授予"),
        "year": ("年份", "荣誉所属年度"), "awarded_by": ("授予单位", "表彰或授予的单位"),
    },
    "funding": {
        "amount_yuan": ("金额（元）", "换算为元的金额；区间取下限"), "amount_yuan_high": ("金额上限（元）", "区间金额的上限"),
        "amount_text": ("原文金额", "文中的金额写法"), "amount_approx": ("金额为约数", "more than＝超过，about＝约，range＝区间"),
        "each_count": ("份数", "“各拨付、各捐赠”给几方：金额是每一方所得，资金合计按金额×份数计；其他为1"),
        "year": ("年份", "资金所属年度"), "payer": ("出资单位", "拨付、筹集或支出资金的单位"),
        "payer_type": ("出资类型", "工会、政府、企业、社会/慈善、个人、多方共同出资、未明；默认统计只计工会资金"),
        "flow": ("资金流向", "拨付/发放、筹集、支出/投入、贷款、返还/补贴、预算安排、累计/多年合计、分项（文中另有合计，不再计入）；贷款、返还、累计数与预算安排不计入工会资金"),
        "purpose": ("用途", "资金用途"),
    },
    "keywords": {"keyword": ("关键词", "文章的特征词"), "weight": ("权重", "TF-IDF 权重"), "count": ("次数", "在文中出现次数")},
    "ingest_log": {
        "file": ("文件", "输入文件"), "hash": ("内容哈希", "文件字节的 SHA-1"), "size": ("字节", "文件大小"),
        "encoding": ("编码", "识别出的文字编码"), "status": ("状态", "成功、未变、重复、警告、失败"),
        "message": ("说明", "问题或处理结果"), "articles": ("文章数", "从文件得到的文章数"), "time": ("时间", "处理时间"),
        "etl_version": ("规则版本", "抽取规则的版本"),
    },
}


def column_doc(table: str, column: str) -> tuple[str, str]:
    """(Chinese name, meaning) of a column."""
    return COLUMN_DOCS.get(table, {}).get(column) or _SHARED_DOCS.get(column) or (column, "")


def export_columns(table: str) -> list[str]:
    """A table's columns as the views and exports give them: its stored columns, what review did to the row
    and, on a fact row, its article's citation."""
    if table == "ingest_log":
        return list(TABLES[table])
    citation = [c for c in CITATION if c not in TABLES[table]] if table in FACT_TABLES and table != "keywords" else []
    return [*TABLES[table], *REVIEW, *citation]


def data_dictionary_rows() -> list[dict]:
    """Every table's columns with their Chinese names and meanings."""
    return [{"表": table, "字段": col, "中文名": column_doc(table, col)[0], "说明": column_doc(table, col)[1]}
            for table in TABLES for col in export_columns(table)]


def data_dictionary() -> "pd.DataFrame":
    import pandas as pd
    return pd.DataFrame(data_dictionary_rows())
