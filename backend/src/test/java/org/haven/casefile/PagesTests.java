package org.haven.casefile;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/** One clamp for every list: 1 to 500 rows a page, whatever the caller asks. */
class PagesTests {

	@Test
	void a_page_is_never_longer_than_the_largest_and_unpaged_is_the_first_page() {
		assertThat(Pages.clamp(PageRequest.of(2, 10_000)).getPageSize()).isEqualTo(Pages.LARGEST);
		assertThat(Pages.clamp(PageRequest.of(2, 10_000)).getPageNumber()).isEqualTo(2);
		assertThat(Pages.clamp(Pageable.unpaged())).isEqualTo(PageRequest.of(0, Pages.LARGEST));
		assertThat(Pages.clamp(PageRequest.of(3, 50))).isEqualTo(PageRequest.of(3, 50));
	}

}
