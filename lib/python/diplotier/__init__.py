# Copyright 2026 The diplotier Authors.
# SPDX-License-Identifier: Apache-2.0
"""diplotier: partnership tiers, their parties and their changes, from text.

    >>> import diplotier
    >>> classifier = diplotier.Classifier()   # the embedded default lexicon
    >>> a = classifier.analyze("China and Venezuela upgraded their ties to an "
    ...                        "all-weather strategic partnership.")
    >>> a.tier
    <Tier.ALL_WEATHER_STRATEGIC_PARTNERSHIP: 11>
    >>> c = a.changes[0]
    >>> c.kind.wire_name, c.to_tier.wire_name, c.dyad
    ('upgrade', 'all_weather_strategic_partnership', 'CHN|VEN')

The pieces:

- :class:`Classifier` (``analyze``, ``analyze_many``): immutable,
  thread-safe, releases the GIL.
- :class:`Analysis`, :class:`Mention`, :class:`TierChange`: frozen
  dataclasses; ``to_dict()`` is the JSON record of ``diplotier analyze``.
- :class:`Ledger`: dated analyses and history into per-dyad timelines,
  implied changes and a dyad-year table.
- :class:`Tier`, :class:`Modality`, :class:`ChangeKind`,
  :class:`ChangeSource`, :class:`Representation`: IntEnums with the C++
  values; :class:`Ladder` ranks tiers for one issuer.
- :func:`read_document`: a document file with its date, as the tool reads it.
- :class:`Error` and its subclasses: the library's error statuses.

The C++ library's documentation (``include/diplotier/*.h``) describes the
behaviour; this package mirrors it.
"""

from .classifier import Classifier, Text
from .documents import (Document, date_from_filename, is_iso_date,
                        read_document, split_date_line)
from .enums import (ChangeKind, ChangeSource, Modality, Representation, Tier,
                    tier_from_name, tier_name)
from .errors import (Error, InvalidArgumentError, NotFoundError,
                     ResourceExhaustedError)
from .ladder import Ladder
from .ledger import Conflict, Ledger, LedgerChange, Observation
from .model import Analysis, Mention, TierChange

__all__ = [
    "Analysis",
    "ChangeKind",
    "ChangeSource",
    "Classifier",
    "Conflict",
    "Document",
    "Error",
    "InvalidArgumentError",
    "Ladder",
    "Ledger",
    "LedgerChange",
    "Mention",
    "Modality",
    "NotFoundError",
    "Observation",
    "Representation",
    "ResourceExhaustedError",
    "Text",
    "Tier",
    "TierChange",
    "date_from_filename",
    "is_iso_date",
    "read_document",
    "split_date_line",
    "tier_from_name",
    "tier_name",
]
