package org.haven;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole of Haven on a random port against a real PostgreSQL: the embedded one in a
 * fresh temporary directory, or the server named by {@code HAVEN_TEST_DB_URL}. Every test
 * so annotated shares the one application context, the demo accounts included.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = HavenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface HavenIntegrationTest {

}
