# bash completion for yplan(1). Installed as
# share/bash-completion/completions/yplan; bash-completion loads it on first
# use. The candidates come from the binary itself (`yplan __complete WORDS`),
# so they always match its subcommands, options, choices and check names,
# and complete plan paths from the file: `yplan get plan.yaml kpi.<TAB>`.
_yplan() {
  local cur words cword
  if declare -F _get_comp_words_by_ref > /dev/null; then
    # Keep --format=json and REV:PATH as one word.
    _get_comp_words_by_ref -n =: cur words cword
  else
    cur=${COMP_WORDS[COMP_CWORD]} words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
  fi
  local out line files=0
  out=$("${words[0]}" __complete "${words[@]:1:cword}" 2> /dev/null) || return 0
  COMPREPLY=()
  while IFS= read -r line; do
    if [[ $line == :files ]]; then
      files=1
    elif [[ -n $line ]]; then
      COMPREPLY+=("$line")
    fi
  done <<< "$out"
  # readline completes only the part after the last = or : (COMP_WORDBREAKS).
  if [[ $cur == *=* && $COMP_WORDBREAKS == *=* ]]; then
    local typed=${cur%"${cur##*=}"}
    COMPREPLY=("${COMPREPLY[@]#"$typed"}")
  fi
  if declare -F __ltrim_colon_completions > /dev/null; then
    __ltrim_colon_completions "$cur"
  fi
  if ((files)); then
    local f
    while IFS= read -r f; do [[ -n $f ]] && COMPREPLY+=("$f"); done < <(compgen -f -- "${cur##*[=:]}" | LC_ALL=C sort)
    compopt -o filenames 2> /dev/null
  fi
  # A path that leads on (kpi.portal-access.): no space after it.
  if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *. ]]; then
    compopt -o nospace 2> /dev/null
  fi
  return 0
}
complete -F _yplan yplan
