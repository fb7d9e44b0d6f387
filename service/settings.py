"""Django settings, read once from the environment (see README "Configuration")."""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from service.env import ConfigError, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("CAREPLAN_DEBUG", False)
PRODUCTION = env_bool("CAREPLAN_PRODUCTION", False)
_DEV_SECRET = "dev-only-insecure-secret-key-change-me-0123456789abcdef"
SECRET_KEY = env_str("CAREPLAN_SECRET_KEY", "" if PRODUCTION else _DEV_SECRET)
if PRODUCTION and (not SECRET_KEY or SECRET_KEY == _DEV_SECRET):
    raise ConfigError("CAREPLAN_SECRET_KEY must be set to a long random value in production")

ALLOWED_HOSTS = env_list("CAREPLAN_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CAREPLAN_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "service.store",
    "service.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "service.api.limits.BodySizeLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "service.web.middleware.SecurityHeadersMiddleware",
    "service.web.middleware.DisplayPrefsMiddleware",
]

ROOT_URLCONF = "service.urls"
WSGI_APPLICATION = "service.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite by default so `make run` needs nothing installed; DATABASE_URL selects PostgreSQL.
_DEFAULT_DB = f"sqlite:///{BASE_DIR / 'var' / 'careplan.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(env_str("DATABASE_URL", _DEFAULT_DB), conn_max_age=60)
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "/accounts/login/"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
# Production serves `collectstatic`'s hashed, compressed files through WhiteNoise; development
# serves the app folders directly so `make run` needs no collectstatic.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION

# Request bodies: 1 MiB for JSON by default; uploads of council documents may be larger.
CAREPLAN_MAX_BODY_BYTES = env_int("CAREPLAN_MAX_BODY_BYTES", 1024 * 1024, minimum=1024)
CAREPLAN_MAX_UPLOAD_BYTES = env_int("CAREPLAN_MAX_UPLOAD_BYTES", 5 * 1024 * 1024, minimum=1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = max(CAREPLAN_MAX_BODY_BYTES, CAREPLAN_MAX_UPLOAD_BYTES) + 65536
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE

CAREPLAN_LLM = env_str("CAREPLAN_LLM", "")  # e.g. "openai:gpt-4o-mini"; empty = no LLM (default)
CAREPLAN_API_PAGE_SIZE = env_int("CAREPLAN_API_PAGE_SIZE", 50, minimum=1)
# Documents rendered in the background when a plan is sent for sign-off or signed off, as
# "format:variant"; "none" = none (each is then rendered on its first download).
CAREPLAN_PRERENDER = [
    choice
    for choice in env_list(
        "CAREPLAN_PRERENDER", ["pdf:council", "pdf:my-plan", "docx:my-plan", "pdf:easy-read"]
    )
    if choice != "none"
]
for _choice in CAREPLAN_PRERENDER:
    if _choice.count(":") != 1 or not all(_choice.split(":")):
        raise ConfigError(
            f"CAREPLAN_PRERENDER: {_choice!r} is not format:variant, e.g. pdf:council"
        )

# The sign-in rate limit lives in the cache: with several workers it must be shared (Redis).
_REDIS_URL = env_str("CAREPLAN_REDIS_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _REDIS_URL}
    if _REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# Security headers and cookies; HTTPS-only settings switch on in production.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SECURE_SSL_REDIRECT = PRODUCTION and env_bool("CAREPLAN_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 31536000 if PRODUCTION else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_HSTS_PRELOAD = PRODUCTION
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if PRODUCTION else None
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# A chat answer refused by the CSRF check (an expired page) is shown again, not lost.
CSRF_FAILURE_VIEW = "service.web.views.chat.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("CAREPLAN_LOG_LEVEL", "WARNING")},
}
