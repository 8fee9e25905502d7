# bash completion for yplan(1). Installed as
# share/bash-completion/completions/yplan; bash-completion loads it on first
# use. The candidates come from the binary itself (`yplan __complete WORDS`),
# so they always match its subcommands, options, choices and check names,
# and complete plan paths from the file: `yplan get plan.yaml kpi.<TAB>`.
# A word as the shell will pass it, from the word as typed: backslashes,
# 'single' and "double" quotes removed, a leading ~/ as $HOME/; nothing
# expanded or run (`yplan get my\ plans/p.yaml kpi.<TAB>` reads my plans/p.yaml).
_yplan_dequote() {
  local in=$1 out="" c q=""
  if [[ $in == "~/"* ]]; then out=$HOME/; in=${in:2}; fi
  while [[ -n $in ]]; do
    c=${in:0:1} in=${in:1}
    if [[ $q == "'" ]]; then
      if [[ $c == "'" ]]; then q=""; else out+=$c; fi
    elif [[ $c == "\\" ]]; then
      if [[ $q == '"' && ${in:0:1} != [\"\\\$\`] ]]; then out+=$c; else out+=${in:0:1}; in=${in:1}; fi
    elif [[ $c == '"' ]]; then
      if [[ -n $q ]]; then q=""; else q='"'; fi
    elif [[ $c == "'" && -z $q ]]; then
      q="'"
    else
      out+=$c
    fi
  done
  printf '%s' "$out"
}

_yplan() {
  local cur words cword
  if declare -F _get_comp_words_by_ref > /dev/null; then
    # Keep --format=json and REV:PATH as one word.
    _get_comp_words_by_ref -n =: cur words cword
  else
    cur=${COMP_WORDS[COMP_CWORD]} words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
  fi
  local out line files=0 i
  # The words before the cursor as the shell will pass them (a quoted or
  # escaped path); the word being completed as typed.
  local -a args=()
  for ((i = 1; i < cword; i++)); do args+=("$(_yplan_dequote "${words[i]}")"); done
  args+=("$cur")
  out=$("${words[0]}" __complete "${args[@]}" 2> /dev/null) || return 0
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
