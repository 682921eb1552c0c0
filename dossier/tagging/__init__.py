"""Countries and topics: the gazetteer, the topic lexicons and the tagger."""
