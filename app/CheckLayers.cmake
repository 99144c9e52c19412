# The rooms of app/core, lowest first: a file may include the shared vocabulary at core's top, its
# own room, and the rooms below it; never a room above or beside it. Run as a build step of
# authdesk_core (cmake -P app/CheckLayers.cmake), so that a wrong-way include fails the build
# with the file and the include named.
#
#   vocabulary  Result.h, Tenant.h, Identity, Mapping, FlowStep.h, Clock, ... (core's top)
#   net         HTTP client, exchange log, redaction, pacing, URL rules, callback listener
#   crypto      JOSE, SigV4, PKCE, random tokens (signs what net sends)
#   store       database, tenants, mappings, run history, keychain, store copy
#   providers   the six platforms, their token cache and callback delivery
#   ldap        the company directory: settings, lookups, and mappings matched against it
#   run export  flows, kept-token operations and directory syncs; exports and imports (beside each other)
#   health      a tenant's health checks (a provider's calls, with a run's services)
#   workspace   the composition of them all
set(rank_net 1)
set(rank_crypto 2)
set(rank_store 3)
set(rank_providers 4)
set(rank_ldap 4)
set(rank_run 5)
set(rank_export 5)
set(rank_health 6)
set(rank_workspace 7)

file(GLOB_RECURSE sources RELATIVE "${CORE_DIR}" "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(problems "")
foreach(source IN LISTS sources)
  get_filename_component(folder "${source}" DIRECTORY)
  if(folder STREQUAL "")
    set(rank 0)
  else()
    set(rank ${rank_${folder}})
  endif()
  file(STRINGS "${CORE_DIR}/${source}" includes REGEX "^#include \"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" included "${line}")
    get_filename_component(room "${included}" DIRECTORY)
    if(room STREQUAL "")
      if(NOT EXISTS "${CORE_DIR}/${included}" AND NOT folder STREQUAL "")
        list(APPEND problems "${source}: \"${included}\" names no room: write \"ROOM/${included}\"")
      endif()
      continue()
    endif()
    if(NOT DEFINED rank_${room})
      continue() # not a room of core (a generated header, say)
    endif()
    if(room STREQUAL folder OR rank_${room} LESS rank)
      continue()
    endif()
    list(APPEND problems "${source} includes \"${included}\": ${room} is not below ${folder}")
  endforeach()
endforeach()
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "app/core's includes run the wrong way (see app/CheckLayers.cmake):\n  ${text}")
endif()
file(WRITE "${STAMP}" "ok\n")
