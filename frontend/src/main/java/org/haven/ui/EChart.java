package org.haven.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by Apache ECharts (served from its webjar, within the content security
 * policy's {@code 'self'}) from an option built on the server: {@code show(option)} with
 * the option as ECharts documents it. The chart is one image to assistive technology
 * ({@code role="img"}, with the label given); whoever shows one puts the same numbers in
 * a table beside it, since a chart alone is not accessible. Draws in SVG, with ECharts'
 * own ARIA off so that the label is the one description read.
 */
@JavaScript(EChart.LIBRARY)
public class EChart extends Div {

	public static final String LIBRARY = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DRAW = """
			const element = this;
			const draw = (attempt) => {
			  if (!window.echarts) {
			    if (attempt < 50) { setTimeout(() => draw(attempt + 1), 100); }
			    return;
			  }
			  const chart = window.echarts.getInstanceByDom(element)
			      || window.echarts.init(element, null, { renderer: 'svg' });
			  chart.setOption(JSON.parse($0), true);
			  if (!element.havenResizes) {
			    element.havenResizes = new ResizeObserver(() => chart.resize());
			    element.havenResizes.observe(element);
			  }
			};
			draw(0);""";

	private String option = "{}";

	public EChart(String id) {
		setId(id);
		getElement().setAttribute("role", "img");
		addClassName("haven-chart");
		setWidthFull();
		setHeight("320px");
	}

	/** What assistive technology reads for the chart. */
	public void setAccessibleLabel(String label) {
		getElement().setAttribute("aria-label", label);
	}

	/** Draws the chart from an ECharts option (series, axes, legend ...). */
	public void show(Map<String, ?> option) {
		Map<String, Object> withoutOwnAria = new LinkedHashMap<>(option);
		withoutOwnAria.put("aria", Map.of("enabled", false));
		this.option = JSON.writeValueAsString(withoutOwnAria);
		draw();
	}

	/** The option last shown, as JSON. */
	public String option() {
		return this.option;
	}

	@Override
	protected void onAttach(AttachEvent attach) {
		super.onAttach(attach);
		draw();
	}

	private void draw() {
		getElement().executeJs(DRAW, this.option);
	}

}
