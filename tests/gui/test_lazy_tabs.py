"""Tabs fill when shown (quick edits on large projects), and still look as they should."""

from tests.gui.waiting import evaluated


def test_leaders_lanes_are_on_the_map_without_opening_the_detail_tab(window):
    assert window.results_panel.tabs.currentIndex() == 0
    assert window.project_panel.map.lane_count() == len(window.doc.project.markets)


def test_hidden_tabs_catch_up_when_shown(qtbot, window):
    panel = window.results_panel
    assert panel.cost_chart is None                      # not built until the tab is shown
    panel.tabs.setCurrentWidget(panel.charts_tab)
    assert panel.cost_chart is not None and len(panel.cost_chart.bars) == 2
    panel.tabs.setCurrentWidget(panel.detail_tab)
    leader = window.controller.comparison.leader
    assert panel.detail_model.location == leader
    assert panel.detail_model.rowCount() == len(window.doc.project.markets) * len(window.doc.project.products)


def test_tornado_gets_room_when_it_first_appears(qtbot, window):
    panel = window.results_panel
    window.resize(1440, 880)
    qtbot.wait(50)
    panel.tabs.setCurrentWidget(panel.feasibility)
    qtbot.wait(100)
    tab = panel.feasibility
    assert evaluated(qtbot, tab) is not None
    assert tab.tornado.widget.height() > 0.3 * tab.height()
