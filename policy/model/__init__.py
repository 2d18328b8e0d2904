"""The typed nouns: vocabulary, conditions, transactions, rules, regimes, world, decisions."""
