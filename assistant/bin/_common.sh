# Variables communes aux scripts de assistant/bin (sourcé, non exécutable).
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$HERE/.venv"
RASA="$VENV/bin/rasa"
export RASA_TELEMETRY_ENABLED=false
export SENTRY_DSN=""
# Les composants et actions maison sont importés depuis assistant/.
export PYTHONPATH="$HERE${PYTHONPATH:+:$PYTHONPATH}"
export TF_CPP_MIN_LOG_LEVEL=2
export PYTHONWARNINGS="ignore"

require_venv() {
  if [ ! -x "$RASA" ]; then
    echo "$(basename "$0"): environnement absent, lancez d'abord assistant/bin/ensure-env" >&2
    exit 1
  fi
}

# Empreinte de tout ce qui change le modèle.
model_hash() {
  (cd "$HERE" && find config.yml domain data components -type f \( -name '*.yml' -o -name '*.py' \) \
      -not -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum) \
    | sha256sum | cut -c1-16
}
