"""English translations of the content, keyed like the Bulgarian modules beside it."""
