# Writes the man page: resources/authdesk.1.in with its VERBS section from the program's own
# command registry (`authdesk --man-verbs`), so that a new verb is in the man page as it is in the
# usage. cmake -DAUTHDESK=… -DTEMPLATE=… -DOUTPUT=… -P ManPage.cmake
execute_process(COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0 ${AUTHDESK} --man-verbs OUTPUT_VARIABLE verbs RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR verbs STREQUAL "")
  message(FATAL_ERROR "authdesk --man-verbs failed (${status})")
endif()
file(READ ${TEMPLATE} page)
string(REPLACE "@VERBS@" "${verbs}" page "${page}")
file(WRITE ${OUTPUT} "${page}")
