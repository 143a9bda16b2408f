"""The editor's layout comes from the project model; its level choices from the layout."""

from __future__ import annotations

from types import SimpleNamespace

from perfdocs.serve.fields import editor_layout, indicator_rows, level_names, pairs_text


def _find(nodes, path):
    for node in nodes:
        if node.path == path:
            return node
        found = _find(node.children if node.kind != "table" else [], path)
        if found is not None:
            return found
    return None


def test_every_field_is_under_the_forms_label_in_the_forms_groups() -> None:
    nodes = editor_layout()
    assert [n.label for n in nodes][:4] == ["年度", "项目名称", "主管部门", "实施单位"]
    funds = _find(nodes, "自评.项目资金")
    assert funds.kind == "matrix"
    assert [row.label for row in funds.children] == ["年度资金总额", "当年财政拨款", "上年结转资金",
                                                    "其他资金"]
    assert [c.label for c in funds.children[0].children] == ["年初预算数", "全年预算数", "全年执行数"]
    assert all(c.input == "amount" for c in funds.children[0].children)
    table = _find(nodes, "自评.绩效指标")
    assert table.kind == "table"
    columns = {c.label: c.input for c in table.children}
    assert list(columns)[:4] == ["三级指标", "年度指标值", "实际完成值", "分值"]
    assert columns["分值"] == columns["得分"] == "score"
    assert _find(nodes, "申报.计划开始日期").input == "date"
    assert _find(nodes, "金额单位").choices == ("元", "万元")
    assert _find(nodes, "申报.项目资金.年度资金申请总额.合计").required
    assert _find(nodes, "填报信息").input == "pairs"  # names → texts, one a line
    assert columns["其他栏"] == "pairs"


def test_level_choices_put_the_layouts_names_first() -> None:
    layout = SimpleNamespace(forms={
        "申报表": SimpleNamespace(section="申报", categories={
            "产出指标": ["数量指标", "质量指标"], "满意度指标": ["服务对象满意度指标"]}),
        "自评表": SimpleNamespace(section="自评", categories={}),
    })
    tree = {"申报": {"绩效指标": {"产出指标": {"成本指标": [{"三级指标": "a"}]},
                                "自定指标": {"自定二级": [{"三级指标": "b"}]}}}}
    used = {"效益指标": ["社会效益指标"]}
    names = level_names(tree, ("申报", "绩效指标"), layout, used)
    assert list(names) == ["产出指标", "满意度指标", "效益指标", "自定指标"]
    assert names["产出指标"] == ["数量指标", "质量指标", "成本指标"]
    assert level_names(tree, ("自评", "绩效指标"), layout, {}) == {}
    rows = indicator_rows(tree, ("申报", "绩效指标"))
    assert [r["path"] for r in rows] == ["申报.绩效指标.产出指标.成本指标[1]",
                                         "申报.绩效指标.自定指标.自定二级[1]"]


def test_a_mapping_of_texts_reads_one_name_a_line() -> None:
    assert pairs_text({"填报人": "张三", "联系电话": "021"}) == "填报人: 张三\n联系电话: 021"
    assert pairs_text(None) == "" and pairs_text({}) == ""


def test_ticks_are_a_row_per_tick_box_row_of_the_layout() -> None:
    """勾选 (行名 → 所勾选项) was one JSON text box; it is the layout's rows with their
    options, then what the file writes that the layout does not print."""
    from perfdocs.layouts.layout import load_layout
    from perfdocs.serve.fields import choice_box

    assert _find(editor_layout(), "勾选").input == "choices"
    hubei = load_layout("hubei-2020", ())
    box = choice_box({"项目属性": "新增性项目", "项目类型": ["常年性项目", "一次性项目"],
                      "旧行": "甲"}, hubei)
    assert box.shape == "map"
    assert [(line.key, line.ticked) for line in box.lines] == [
        ("项目类别", []), ("项目属性", ["新增性项目"]),
        ("项目类型", ["常年性项目", "一次性项目"]), ("旧行", ["甲"])]
    assert box.lines[0].options == ["部门预算项目", "省直专项", "省对下转移支付项目"]
    assert box.lines[3].options == []  # the layout prints no such row
    # an earlier workbench's JSON text is offered in its boxes; the file keeps it till then
    old = choice_box('{"项目类别": "省直专项"}', hubei)
    assert old.shape == "other" and old.written == '{"项目类别": "省直专项"}'
    assert old.lines[0].ticked == ["省直专项"]
    assert choice_box(None, load_layout("shanghai-2024", ())).lines == []
