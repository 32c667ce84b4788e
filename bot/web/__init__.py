"""The web app: routers per area and Jinja2 templates."""
