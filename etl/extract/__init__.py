"""Stage 3 — extract: pure functions from one analysed article to typed rows (`events`, `awards`, `money`),
the domain decisions that belong to those rows (`kinds`: scope, payer type, flow), and `pipeline`, which turns
one source document into the rows of every table, each with the rule that made it and its confidence."""
