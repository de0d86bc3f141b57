"""The form for one of the user's own figures: what it is (a kind and its slots, from lists with
human names), its unit, the bundled figure it replaces with that figure's source, the user's
value (Turkish comma decimals accepted) and a note. What the user typed is kept in a draft, so
nothing is lost while a field is wrong."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kokapp.core.datapack import DataPack
from kokapp.core.figure_catalog import FigureCatalog, FigureEntry
from kokapp.core.project import Override, ProjectError
from kokapp.gui.figure_words import (group_labels, kind_label, plain_number, problem_text, product_group_labels,
                                     slot_labels, source_text, unit_labels)
from kokapp.gui.numbers import parse_number

ERROR_STYLE = "color: #b71c1c"


@dataclass
class FigureDraft:
    """One figure as the user is entering it; ``raw_key`` keeps a key no kind knows."""

    kind_id: str | None
    params: list[str] = field(default_factory=list)
    value_text: str = ""
    note: str = ""
    raw_key: str = ""


def value_text(value: float) -> str:
    return QLocale().toString(float(value), "g", 12)


def draft_from_override(catalog: FigureCatalog, override: Override, index: int = 0) -> FigureDraft:
    try:
        entry = catalog.from_override(override, index)
    except ProjectError:
        return FigureDraft(None, [], value_text(override.value), override.note, raw_key=override.key)
    return FigureDraft(entry.kind_id, list(entry.params), value_text(entry.value), entry.note)


def draft_entry(draft: FigureDraft) -> FigureEntry | None:
    """The entry a draft stands for, or None while its value is not a number."""
    number = parse_number(draft.value_text)
    if draft.kind_id is None or number is None:
        return None
    return FigureEntry(draft.kind_id, tuple(draft.params), number, draft.note.strip())


def draft_problems(catalog: FigureCatalog, draft: FigureDraft) -> dict[str, str]:
    """Field ('kind', a slot name or 'value') -> problem code."""
    if draft.kind_id is None:
        return {"kind": "unknown"}
    entry = draft_entry(draft)
    if entry is None:
        found = catalog.problems(FigureEntry(draft.kind_id, tuple(draft.params), 0.0))
        found["value"] = "not_a_number"
        return found
    return catalog.problems(entry)


def place_names(pack: DataPack, names: dict[str, str]) -> dict[str, str]:
    """Names for every slot id: countries, sites, ports, product groups and the EU."""
    countries = dict(zip(pack.column("countries", "iso2"), pack.column("countries", "name_en")))
    result = {**countries, **names}
    for code, name, iso2 in zip(pack.column("ports", "locode"), pack.column("ports", "name"),
                                pack.column("ports", "iso2")):
        port = QCoreApplication.translate("FigureForm", "%1 port (%2)")
        result[code] = port.replace("%1", name).replace("%2", result.get(iso2, iso2))
    result["EU"] = QCoreApplication.translate("FigureForm", "European Union")
    return result | product_group_labels()


def figure_label(catalog: FigureCatalog, kind_id: str, params: tuple[str, ...], names: dict[str, str]) -> str:
    """What a figure is, in words: "Statutory minimum wage — Morocco", "Road distance of a land
    leg — Bursa (Türkiye) → Germany" (``names`` as from :func:`place_names`)."""
    kind = catalog.kind(kind_id)
    slots = [names.get(p, p) for p in params]
    if not slots:
        return kind_label(kind)
    joined = ", ".join(slots) if kind_id == "tariff" else " → ".join(slots)   # from → to; origin → market
    return f"{kind_label(kind)} — {joined}"


def key_label(catalog: FigureCatalog, key: str, names: dict[str, str]) -> str:
    """An override key in words (the key itself when no kind knows it)."""
    try:
        entry = catalog.from_override(Override(key, 0.0))
    except ProjectError:
        return key
    return figure_label(catalog, entry.kind_id, entry.params, names)


class FigureForm(QWidget):
    edited = Signal()

    def __init__(self, catalog: FigureCatalog, names: dict[str, str], dataset_titles: dict[str, str], parent=None):
        super().__init__(parent)
        self.catalog, self.names, self.dataset_titles = catalog, names, dataset_titles
        self.draft: FigureDraft | None = None
        self._loading = False
        self._collator = QCollator(QLocale())
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setMaxVisibleItems(20)
        self._fill_kinds()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.errors: dict[str, QLabel] = {}
        form.addRow(self.tr("Figure"), self._with_error("kind", self.kind))
        self.slot_labels: list[QLabel] = []
        self.slots: list[QComboBox] = []
        for i in range(2):
            combo = QComboBox()
            combo.setMaxVisibleItems(20)
            combo.currentIndexChanged.connect(lambda _index, i=i: self._slot_changed(i))
            label = QLabel()
            self.slot_labels.append(label)
            self.slots.append(combo)
            form.addRow(label, self._with_error(f"slot{i}", combo))
        self.unit = QLabel()
        self.bundled = QLabel()
        self.bundled.setWordWrap(True)
        self.value = QLineEdit()
        self.value.textEdited.connect(self._value_edited)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Where your figure comes from: a quote, a contract, a statistic…"))
        self.note.textEdited.connect(self._note_edited)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Kök's figure"), self.bundled)
        form.addRow(self.tr("Your value"), self._with_error("value", self.value))
        form.addRow(self.tr("Note"), self.note)
        self.setEnabled(False)

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self.errors[name] = error
        return box

    def _fill_kinds(self) -> None:
        model: QStandardItemModel = self.kind.model()
        group = None
        for kind in self.catalog.kinds:
            if kind.group != group:
                group = kind.group
                self.kind.addItem(f"— {group_labels()[group]} —", None)
                model.item(self.kind.count() - 1).setEnabled(False)
            self.kind.addItem(kind_label(kind), kind.kind_id)

    def _sorted(self, ids: list[str]) -> list[str]:
        first = [i for i in ids if i in ("EU", "ALL", "TR")]
        rest = sorted((i for i in ids if i not in first), key=lambda i: self._collator.sortKey(self.names.get(i, i)))
        return first + rest

    def _fill_slot(self, i: int, ids: list[str], keep: str | None) -> None:
        combo = self.slots[i]
        combo.blockSignals(True)
        combo.clear()
        if keep and keep not in ids:
            ids = [keep] + ids          # a project's own key the form would not offer: kept as it is
        for item in self._sorted(ids):
            combo.addItem(self.names.get(item, item), item)
        index = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    # -- loading a draft ---------------------------------------------------------------------------
    def load(self, draft: FigureDraft | None) -> None:
        self._loading = True
        self.draft = draft
        self.setEnabled(draft is not None)
        if draft is not None:
            index = self.kind.findData(draft.kind_id) if draft.kind_id else -1
            self.kind.setCurrentIndex(index)
            self._show_slots(draft.params)
            self.value.setText(draft.value_text)
            self.note.setText(draft.note)
            self.note.setCursorPosition(0)
        self._loading = False
        self._show_bundled()

    def _show_slots(self, keep: list[str]) -> None:
        kind_id = self.draft.kind_id if self.draft else None
        slots = self.catalog.kind(kind_id).slots if kind_id else ()
        chosen: list[str] = []
        for i, (label, combo) in enumerate(zip(self.slot_labels, self.slots)):
            visible = i < len(slots)
            label.setVisible(visible)
            combo.parentWidget().setVisible(visible)
            if not visible:
                continue
            label.setText(slot_labels()[slots[i].name])
            previous = keep[i] if i < len(keep) else None
            self._fill_slot(i, self.catalog.choices(kind_id, tuple(chosen)), previous)
            chosen.append(combo.currentData())
        if self.draft is not None:
            self.draft.params = chosen

    # -- the user's edits --------------------------------------------------------------------------
    def _kind_changed(self, _index: int) -> None:
        if self._loading or self.draft is None:
            return
        kind_id = self.kind.currentData()
        if kind_id is None:
            return
        old = self.catalog.kind(self.draft.kind_id).slots if self.draft.kind_id else ()
        new = self.catalog.kind(kind_id).slots
        keep = [p for p, a, b in zip(self.draft.params, old, new) if a.kind == b.kind]   # Morocco stays Morocco
        self.draft.kind_id, self.draft.raw_key = kind_id, ""
        self._show_slots(keep)
        self._changed()

    def _slot_changed(self, i: int) -> None:
        if self._loading or self.draft is None or self.draft.kind_id is None:
            return
        keep = [c.currentData() for c in self.slots[:i + 1]] + self.draft.params[i + 1:]
        self._show_slots(keep)
        self._changed()

    def _value_edited(self, text: str) -> None:
        if self.draft is not None:
            self.draft.value_text = text
            self._changed()

    def _note_edited(self, text: str) -> None:
        if self.draft is not None:
            self.draft.note = text
            self.edited.emit()

    def _changed(self) -> None:
        self._show_bundled()
        self.edited.emit()

    # -- what the form shows -----------------------------------------------------------------------
    def _show_bundled(self) -> None:
        draft = self.draft
        if draft is None or draft.kind_id is None:
            self.unit.setText("")
            self.bundled.setText(self.tr("Choose the figure you want to replace.") if draft else "")
            self.bundled.setToolTip("")
            return
        kind = self.catalog.kind(draft.kind_id)
        self.unit.setText(unit_labels().get(kind.unit, kind.unit))
        self.bundled.setText(self.bundled_text(draft.kind_id, tuple(draft.params)))
        found = self.catalog.bundled(draft.kind_id, tuple(draft.params))
        tip = [found.basis] if found and found.basis else []
        if found and found.source and found.source.url:
            tip.append(found.source.url)
        self.bundled.setToolTip("\n".join(tip))
        self.value.setPlaceholderText(plain_number(found.value) if found and found.value is not None else "")

    def bundled_text(self, kind_id: str, params: tuple[str, ...]) -> str:
        if kind_id == "duty":
            return self.tr("Kök works the duty out for each product from the agreements and MFN tariffs; "
                           "your quote replaces it for every product.")
        found = self.catalog.bundled(kind_id, params)
        if found is None or found.value is None:
            text = self.tr("No bundled figure: Kök needs yours here.")
        else:
            text = plain_number(found.value)
            if found.low is not None and found.high is not None and found.low != found.high:
                text = self.tr("%1 (range %2 to %3)").replace("%1", text).replace("%2", plain_number(found.low)) \
                    .replace("%3", plain_number(found.high))
            if found.fallback:
                text = self.tr("%1, the all-products average (no figure for this group)").replace("%1", text)
        if found is not None and found.source is not None:
            dataset = self.dataset_titles.get(found.dataset, found.dataset)
            text += "\n" + self.tr("Source: %1 · dataset %2").replace("%1", source_text(found.source)) \
                .replace("%2", dataset)
        return text

    def show_problems(self, problems: dict[str, str]) -> None:
        """Messages next to the fields; slots are named by their name in the catalogue."""
        kind = self.catalog.kind(self.draft.kind_id) if self.draft and self.draft.kind_id else None
        where = {"kind": "kind", "value": "value"}
        for i, slot in enumerate(kind.slots if kind else ()):
            where[slot.name] = f"slot{i}"
        shown = {}
        for name, code in problems.items():
            bounds = kind.bounds if kind and name == "value" else None
            shown.setdefault(where.get(name, "kind"), problem_text(code, bounds))
        for name, label in self.errors.items():
            label.setText(shown.get(name, ""))
            label.setVisible(name in shown)
