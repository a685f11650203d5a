"""Dashboard helpers shared by every page: cached loading, the sidebar filter,
chart options and downloads. Pages import from here and only draw."""
