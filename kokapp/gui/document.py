"""The open project in the window: the core Project, its file path and its undo stack.

Every edit goes through a QUndoCommand (gui/commands.py) that calls the small mutators
below; the mutators emit ``changed`` so views and the results recompute.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kokapp.core.project import Override, Product, Project
from kokapp.core.routes import RouteScenario
from kokapp.core.ranking_rules import RankingRules

PRODUCT_FIELDS = ("name", "hs_code", "unit_value_eur", "unit_weight_kg", "unit_volume_m3", "units_per_pallet")


def empty_project(origin: str = "TR-BUR") -> Project:
    return Project(company="", origin_site=origin, products=[], markets=[], volumes={}, candidates=[])


class ProjectDocument(QObject):
    changed = Signal()              # any content change except weights
    weightsChanged = Signal()       # criteria weights or ranking rules only: re-rank, nothing else moves
    productsReset = Signal()
    marketsReset = Signal()
    pathChanged = Signal()

    def __init__(self, project: Project, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.path = path
        self.undo_stack = QUndoStack(self)

    # -- products ---------------------------------------------------------------------------
    def set_product_field(self, row: int, field: str, value) -> None:
        old = self.project.products[row]
        new = replace(old, **{field: value})
        self.project.products[row] = new
        if field == "name" and old.name != new.name:
            self.project.volumes = {(new.name if p == old.name else p, m): v
                                    for (p, m), v in self.project.volumes.items()}
        self.changed.emit()

    def insert_products(self, row: int, products: list[Product], volumes: dict | None = None) -> None:
        self.project.products[row:row] = products
        if volumes:
            self.project.volumes.update(volumes)
        self.productsReset.emit()
        self.changed.emit()

    def remove_products(self, row: int, count: int) -> tuple[list[Product], dict]:
        removed = self.project.products[row:row + count]
        del self.project.products[row:row + count]
        names = {p.name for p in removed}
        volumes = {k: v for k, v in self.project.volumes.items() if k[0] in names}
        for key in volumes:
            del self.project.volumes[key]
        self.productsReset.emit()
        self.changed.emit()
        return removed, volumes

    # -- markets and volumes ------------------------------------------------------------------
    def set_volume(self, product: str, market: str, units: float) -> None:
        if units:
            self.project.volumes[(product, market)] = units
        else:
            self.project.volumes.pop((product, market), None)
        self.changed.emit()

    def insert_market(self, row: int, market: str, volumes: dict | None = None) -> None:
        self.project.markets.insert(row, market)
        if volumes:
            self.project.volumes.update(volumes)
        self.marketsReset.emit()
        self.changed.emit()

    def remove_market(self, market: str) -> tuple[int, dict]:
        row = self.project.markets.index(market)
        self.project.markets.remove(market)
        volumes = {k: v for k, v in self.project.volumes.items() if k[1] == market}
        for key in volumes:
            del self.project.volumes[key]
        self.marketsReset.emit()
        self.changed.emit()
        return row, volumes

    # -- locations, weights, settings -----------------------------------------------------------
    def set_candidates(self, candidates: list[str]) -> None:
        self.project.candidates = list(candidates)
        self.changed.emit()

    def set_origin(self, site: str) -> None:
        self.project.origin_site = site
        self.project.candidates = [c for c in self.project.candidates if c != site]
        self.changed.emit()

    def set_weight(self, criterion: str, value: float) -> None:
        self.project.weights = dict(self.project.weights) | {criterion: value}
        self.project.weight_preset = ""            # moved by hand: no longer the preset's
        self.weightsChanged.emit()

    def set_weights(self, weights: dict[str, float], preset: str, pairwise: dict) -> None:
        """All weights at once: a named preset, or the result of pairwise comparison ("ahp")."""
        self.project.weights, self.project.weight_preset = dict(weights), preset
        self.project.pairwise = dict(pairwise)
        self.weightsChanged.emit()

    def set_ranking(self, rules: RankingRules) -> None:
        """The scoring method, the missing-figure rule or a knock-out threshold."""
        self.project.ranking = rules
        self.weightsChanged.emit()

    def set_company(self, name: str) -> None:
        self.project.company = name
        self.changed.emit()

    def set_overrides(self, overrides: list[Override]) -> None:
        self.project.overrides = list(overrides)
        self.changed.emit()

    def set_route_scenario(self, scenario: RouteScenario) -> None:
        """A closed border crossing or sea chokepoint: every lane is priced again on its new route."""
        self.project.route_scenario = scenario
        self.changed.emit()

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit()
