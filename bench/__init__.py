"""`make bench`: load and page-speed benchmark of RENEWZ on a throwaway PostgreSQL server."""
