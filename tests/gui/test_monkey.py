"""A seeded 'monkey' session: hundreds of random edits, pastes, undos and redos through the real
models and commands. The window must never raise, and every state must either compute or say why."""

import random

from PySide6.QtGui import QGuiApplication

VALUES = ["", "0", "-3", "12,5", "1.500", "abc", "870830", "8708", "99", "1e9", "nan", "Ürün ğüşıöç", "=1+1",
          "  7 ", "100000000000000", "0,001", "İ", "50.000"]


def test_random_session_never_breaks_the_window(qtbot, window, no_modal_dialogs):
    rng = random.Random(20261126)
    panel, doc = window.project_panel, window.doc
    products, volumes = panel.products_model, panel.volumes_model
    sites = [s for s in window.pack.table("sites")["site_id"] if not s.startswith("TR-")]
    markets = list(window.pack.table("countries")["iso2"])
    for step in range(400):
        action = rng.choice(["product_cell", "volume_cell", "add", "remove", "candidate", "weight", "market",
                             "paste", "undo", "redo"])
        if action == "product_cell" and products.rowCount():
            products.setData(products.index(rng.randrange(products.rowCount()), rng.randrange(6)), rng.choice(VALUES))
        elif action == "volume_cell" and volumes.rowCount() and volumes.columnCount():
            volumes.setData(volumes.index(rng.randrange(volumes.rowCount()), rng.randrange(volumes.columnCount())),
                            rng.choice(VALUES))
        elif action == "add":
            products.add_product()
        elif action == "remove" and products.rowCount():
            products.remove_rows([rng.randrange(products.rowCount())])
        elif action == "candidate":
            panel.toggle_candidate(rng.choice(sites))
        elif action == "weight":
            window.results_panel.sliders[rng.choice(list(window.results_panel.sliders))].setValue(rng.randrange(101))
        elif action == "market":
            panel.market_choice.setCurrentIndex(panel.market_choice.findData(rng.choice(markets)))
            panel.add_market()
        elif action == "paste":
            QGuiApplication.clipboard().setText("\t".join(rng.choice(VALUES) for _ in range(5)) + "\n")
            panel.products_view.paste()
        elif action == "undo":
            doc.undo_stack.undo()
        else:
            doc.undo_stack.redo()
        if step % 25 == 0:
            window.controller.recompute()
            assert window.controller.comparison is not None or window.results_panel.status.text()
    window.controller.recompute()
    while doc.undo_stack.canUndo():          # everything can be taken back to the demo as opened
        doc.undo_stack.undo()
    window.controller.recompute()
    assert window.controller.comparison is not None and doc.project.company.startswith("Uludağ")
    assert len(doc.project.products) == 4 and doc.project.volume("Fren balatası seti (brake pad set)", "DE") == 90000
