"""Alembic migrations, shipped inside the package so ``bentham serve`` can upgrade on start."""
