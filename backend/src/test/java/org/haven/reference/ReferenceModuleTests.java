package org.haven.reference;

import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The reference lists alone, with the database and the access rules they stand on: each
 * change an administrator makes is announced as its own fact, naming the list and the
 * code.
 */
@ApplicationModuleTest(extraIncludes = { "platform", "crypto", "access" })
@WithMockUser(username = "adam", roles = "ADMIN")
class ReferenceModuleTests {

	static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	ReferenceData reference;

	@Test
	void adding_an_item_announces_it(Scenario scenario) {
		String code = "MODULE_" + NEXT.incrementAndGet();
		scenario.stimulate(
				() -> this.reference.add(ReferenceList.SECTORS, new NewReferenceItem(code, TestLabels.of("Module"))))
			.andWaitForEventOfType(ReferenceItemAdded.class)
			.toArriveAndVerify(added -> {
				Assertions.assertThat(added.list()).isEqualTo(ReferenceList.SECTORS);
				Assertions.assertThat(added.code()).isEqualTo(code);
			});
	}

}
