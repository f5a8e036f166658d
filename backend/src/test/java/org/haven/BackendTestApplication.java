package org.haven;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Bootstraps the backend modules for tests, without the web layer of the frontend. */
@SpringBootApplication
public class BackendTestApplication {

}
