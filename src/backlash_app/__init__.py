"""The backlash application: the `backlash` console script, Prefect flows and deployments, and the
Prefect server start-up. It drives the library (`backlash`), which never imports Prefect."""
