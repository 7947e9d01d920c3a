"""Alembic environment: migrations run on a connection handed over by ``service.db.Database``.

Run directly (``alembic -x url=...``) only for development; the service and ``bentham db
upgrade`` pass their own connection in ``config.attributes["connection"]``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from service.db import metadata

config = context.config
connection = config.attributes.get("connection")


def _run(conn: sa.engine.Connection) -> None:
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=conn.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    from service.db import Database
    from service.settings import database_url_from_env

    url = context.get_x_argument(as_dictionary=True).get("url") or database_url_from_env()
    db = Database(url)
    with db.writer.begin() as conn:
        _run(conn)
    db.dispose()
