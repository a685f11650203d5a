"""Stage data — rules: the rule catalogue (`rules.yaml`, read by `ruleset`), the regex fragments every rule is
built from (`patterns`) and the word lists a domain expert extends without reading Python (see README.md)."""
