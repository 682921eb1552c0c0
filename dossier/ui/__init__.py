"""The desktop window: Qt adapters over the library's services (the core knows no screen)."""
