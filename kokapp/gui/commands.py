"""Undoable edits. Each command stores what it needs to go back; consecutive moves of the
same weight slider merge into one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kokapp.core.project import Override, Product
from kokapp.core.routes import RouteScenario
from kokapp.gui.document import ProjectDocument

WEIGHT_MERGE_ID = 1001



class EditProduct(QUndoCommand):
    def __init__(self, doc: ProjectDocument, row: int, field: str, value):
        super().__init__(QCoreApplication.translate("Commands", "Edit product"))
        self.doc, self.row, self.field, self.new = doc, row, field, value
        self.old = getattr(doc.project.products[row], field)

    def redo(self):
        self.doc.set_product_field(self.row, self.field, self.new)

    def undo(self):
        self.doc.set_product_field(self.row, self.field, self.old)


class InsertProducts(QUndoCommand):
    def __init__(self, doc: ProjectDocument, row: int, products: list[Product], volumes: dict | None = None,
                 text: str | None = None):
        super().__init__(text or QCoreApplication.translate("Commands", "Add product"))
        self.doc, self.row, self.products, self.volumes = doc, row, list(products), dict(volumes or {})

    def redo(self):
        self.doc.insert_products(self.row, self.products, self.volumes)

    def undo(self):
        self.doc.remove_products(self.row, len(self.products))


class RemoveProducts(QUndoCommand):
    def __init__(self, doc: ProjectDocument, row: int, count: int):
        super().__init__(QCoreApplication.translate("Commands", "Remove product"))
        self.doc, self.row, self.count = doc, row, count
        self.removed: list[Product] = []
        self.volumes: dict = {}

    def redo(self):
        self.removed, self.volumes = self.doc.remove_products(self.row, self.count)

    def undo(self):
        self.doc.insert_products(self.row, self.removed, self.volumes)


class SetVolume(QUndoCommand):
    def __init__(self, doc: ProjectDocument, product: str, market: str, units: float):
        super().__init__(QCoreApplication.translate("Commands", "Change volume"))
        self.doc, self.product, self.market, self.new = doc, product, market, units
        self.old = doc.project.volume(product, market)

    def redo(self):
        self.doc.set_volume(self.product, self.market, self.new)

    def undo(self):
        self.doc.set_volume(self.product, self.market, self.old)


class AddMarket(QUndoCommand):
    def __init__(self, doc: ProjectDocument, market: str):
        super().__init__(QCoreApplication.translate("Commands", "Add market"))
        self.doc, self.market = doc, market

    def redo(self):
        self.doc.insert_market(len(self.doc.project.markets), self.market)

    def undo(self):
        self.doc.remove_market(self.market)


class RemoveMarket(QUndoCommand):
    def __init__(self, doc: ProjectDocument, market: str):
        super().__init__(QCoreApplication.translate("Commands", "Remove market"))
        self.doc, self.market = doc, market
        self.row, self.volumes = 0, {}

    def redo(self):
        self.row, self.volumes = self.doc.remove_market(self.market)

    def undo(self):
        self.doc.insert_market(self.row, self.market, self.volumes)


class SetCandidates(QUndoCommand):
    def __init__(self, doc: ProjectDocument, candidates: list[str]):
        super().__init__(QCoreApplication.translate("Commands", "Change candidate locations"))
        self.doc, self.new, self.old = doc, list(candidates), list(doc.project.candidates)

    def redo(self):
        self.doc.set_candidates(self.new)

    def undo(self):
        self.doc.set_candidates(self.old)


class SetOrigin(QUndoCommand):
    def __init__(self, doc: ProjectDocument, site: str):
        super().__init__(QCoreApplication.translate("Commands", "Change origin hub"))
        self.doc, self.new = doc, site
        self.old, self.old_candidates = doc.project.origin_site, list(doc.project.candidates)

    def redo(self):
        self.doc.set_origin(self.new)

    def undo(self):
        self.doc.set_origin(self.old)
        self.doc.set_candidates(self.old_candidates)


class SetWeight(QUndoCommand):
    def __init__(self, doc: ProjectDocument, criterion: str, value: float):
        super().__init__(QCoreApplication.translate("Commands", "Change weight"))
        self.doc, self.criterion, self.new = doc, criterion, value
        self.old = doc.project.weights.get(criterion, 0.0)

    def id(self) -> int:
        return WEIGHT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetWeight) or other.criterion != self.criterion:
            return False
        self.new = other.new
        return True

    def redo(self):
        self.doc.set_weight(self.criterion, self.new)

    def undo(self):
        self.doc.set_weight(self.criterion, self.old)


class SetWeights(QUndoCommand):
    """A weight preset or the weights of a pairwise comparison, in one step."""

    def __init__(self, doc: ProjectDocument, weights: dict[str, float], preset: str, pairwise: dict | None = None):
        super().__init__(QCoreApplication.translate("Commands", "Change weights"))
        p = doc.project
        self.doc = doc
        self.new = (dict(weights), preset, dict(pairwise or {}))
        self.old = (dict(p.weights), p.weight_preset, dict(p.pairwise))

    def redo(self):
        self.doc.set_weights(*self.new)

    def undo(self):
        self.doc.set_weights(*self.old)


class SetRankingRules(QUndoCommand):
    def __init__(self, doc: ProjectDocument, rules):
        super().__init__(QCoreApplication.translate("Commands", "Change ranking rules"))
        self.doc, self.new, self.old = doc, rules, doc.project.ranking

    def redo(self):
        self.doc.set_ranking(self.new)

    def undo(self):
        self.doc.set_ranking(self.old)


class SetCompany(QUndoCommand):
    def __init__(self, doc: ProjectDocument, name: str):
        super().__init__(QCoreApplication.translate("Commands", "Change company name"))
        self.doc, self.new, self.old = doc, name, doc.project.company

    def redo(self):
        self.doc.set_company(self.new)

    def undo(self):
        self.doc.set_company(self.old)


class SetOverrides(QUndoCommand):
    def __init__(self, doc: ProjectDocument, overrides: list[Override]):
        super().__init__(QCoreApplication.translate("Commands", "Change your figures"))
        self.doc, self.new, self.old = doc, list(overrides), list(doc.project.overrides)

    def redo(self):
        self.doc.set_overrides(self.new)

    def undo(self):
        self.doc.set_overrides(self.old)


class SetRouteScenario(QUndoCommand):
    def __init__(self, doc: ProjectDocument, scenario: RouteScenario):
        super().__init__(QCoreApplication.translate("Commands", "Change route scenario"))
        self.doc, self.new, self.old = doc, scenario, doc.project.route_scenario

    def redo(self):
        self.doc.set_route_scenario(self.new)

    def undo(self):
        self.doc.set_route_scenario(self.old)


class RestoredChanges(QUndoCommand):
    """Marks a project restored after a crash as unsaved (nothing to undo in it)."""

    def __init__(self):
        super().__init__(QCoreApplication.translate("Commands", "Restore unsaved work"))

    def redo(self):
        pass

    def undo(self):
        pass
