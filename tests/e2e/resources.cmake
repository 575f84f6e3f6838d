# End-to-end tests of the databases, services, projects/environments and resources families
# against the sandbox (127.0.0.1, random port).
coolify_add_test(e2e_resources_databases
    SOURCES tst_res_databases.cpp
    LIBS coolify::models coolify::sandbox)
coolify_add_test(e2e_resources_services
    SOURCES tst_res_services.cpp
    LIBS coolify::models coolify::sandbox)
coolify_add_test(e2e_resources_projects
    SOURCES tst_res_projects.cpp
    LIBS coolify::models coolify::sandbox)
coolify_add_test(e2e_resources_errors
    SOURCES tst_res_errors.cpp
    LIBS coolify::models coolify::sandbox)
