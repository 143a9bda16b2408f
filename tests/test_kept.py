"""perfdocs.kept.Kept: the one bounded map of what a process made (Word recipes, font
subsets, small deflated streams)."""

from __future__ import annotations

import threading

from perfdocs.kept import Kept


def test_the_newest_are_kept_and_a_hit_makes_an_entry_the_newest() -> None:
    kept: Kept[str, int] = Kept(2)
    kept.keep("a", 1)
    kept.keep("b", 2)
    assert kept.get("a") == 1  # "a" is now the newest
    kept.keep("c", 3)
    assert "b" not in kept and kept.get("a") == 1 and kept.get("c") == 3
    assert len(kept) == 2
    assert kept.get("b") is None


def test_a_value_kept_already_stays() -> None:
    kept: Kept[str, list[int]] = Kept(4)
    first = kept.keep("k", [1])
    again = kept.keep("k", [1])
    assert again is first


def test_values_are_told_in_and_out_in_order() -> None:
    told: list[tuple[str, int]] = []
    kept: Kept[str, int] = Kept(1, added=lambda v: told.append(("in", v)),
                                dropped=lambda v: told.append(("out", v)))
    kept.keep("a", 1)
    kept.keep("a", 9)  # kept already: neither told
    kept.keep("b", 2)
    kept.clear()
    assert told == [("in", 1), ("in", 2), ("out", 1), ("out", 2)]
    assert len(kept) == 0


def test_threads_share_one_value_per_key() -> None:
    kept: Kept[int, object] = Kept(1000)
    seen: list[tuple[int, object]] = []
    lock = threading.Lock()

    def work() -> None:
        for key in range(200):
            value = kept.keep(key, object())
            with lock:
                seen.append((key, value))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    by_key: dict[int, set[int]] = {}
    for key, value in seen:
        by_key.setdefault(key, set()).add(id(value))
    assert all(len(ids) == 1 for ids in by_key.values())
