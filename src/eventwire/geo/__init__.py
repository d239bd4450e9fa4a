"""Where events happened: an offline gazetteer, toponym resolution and the Locator stage."""
