# yplan's message catalogs (see po/README.md).
#
#   yplan-pot        re-extract po/yplan.pot from every source (tr, trf, ntr)
#   yplan-po-update  yplan-pot, then msgmerge it into every po/LANG.po
#   (default build)  msgfmt po/LANG.po → build/locale/LANG/LC_MESSAGES/yplan.mo
#
# Installed as share/locale/LANG/LC_MESSAGES/yplan.mo.
set(YPLAN_LANGUAGES ja)
set(YPLAN_PO_DIR ${CMAKE_CURRENT_SOURCE_DIR}/po)

add_custom_target(yplan-pot
  COMMAND sh ${YPLAN_PO_DIR}/extract.sh ${XGETTEXT} ${CMAKE_CURRENT_SOURCE_DIR}
  WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
  COMMENT "Extracting messages into po/yplan.pot"
  VERBATIM)

add_custom_target(yplan-po-update DEPENDS yplan-pot)

set(YPLAN_MO_FILES)
foreach(lang ${YPLAN_LANGUAGES})
  set(mo ${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES/yplan.mo)
  add_custom_command(
    OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/locale/${lang}/LC_MESSAGES
    COMMAND ${MSGFMT} --check-format --check-header -o ${mo} ${YPLAN_PO_DIR}/${lang}.po
    DEPENDS ${YPLAN_PO_DIR}/${lang}.po
    COMMENT "Compiling the ${lang} message catalog"
    VERBATIM)
  list(APPEND YPLAN_MO_FILES ${mo})
  add_custom_command(TARGET yplan-po-update POST_BUILD
    COMMAND ${MSGMERGE} --quiet --update --backup=none --no-wrap --sort-by-file --add-location=file
            ${YPLAN_PO_DIR}/${lang}.po ${YPLAN_PO_DIR}/yplan.pot
    VERBATIM)
  install(FILES ${mo} DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${lang}/LC_MESSAGES)
endforeach()
# Built with everything (and before yplan, so a fresh build's goldens find it).
add_custom_target(yplan-catalogs ALL DEPENDS ${YPLAN_MO_FILES})
if(TARGET yplan)
  add_dependencies(yplan yplan-catalogs)
endif()
