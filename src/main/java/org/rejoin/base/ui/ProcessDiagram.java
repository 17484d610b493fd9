package org.rejoin.base.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A BPMN diagram drawn by bpmn-js's NavigatedViewer in the browser ({@code rejoin-process-diagram.js}),
 * fitted to its box, which keyboard users can tab to and move with the arrow keys. Active elements get
 * an outline, a fill and a "Now" label (not colour alone); counts show as badges on elements. A
 * sentence in words ({@link #setTextAlternative}) sits under the diagram and describes it to screen readers.
 * The browser sets {@code data-rendered="true"} once the diagram is drawn.
 */
@Tag("rejoin-process-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./rejoin-process-diagram.js")
public class ProcessDiagram extends Component implements HasSize {

    /** The CSS class bpmn-js puts on the shapes of active elements. */
    public static final String ACTIVE_MARKER = "rejoin-active";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong();

    private final Paragraph textAlternative = new Paragraph();
    private String diagramXml = "";
    private Set<String> activeElements = Set.of();
    private Map<String, Integer> counts = Map.of();

    public ProcessDiagram() {
        setWidthFull();
        setDiagramHeight("22rem");
        textAlternative.setId("rejoin-diagram-text-" + IDS.incrementAndGet());
        textAlternative.addClassName("rejoin-diagram-text");
        textAlternative.setVisible(false);
        getElement().appendChild(textAlternative.getElement());
        getElement().setProperty("descriptionId", textAlternative.getId().orElseThrow());
        setAccessibleName("Process diagram");
        setActiveLabel("Now");
    }

    /** The BPMN 2.0 XML to draw (with its diagram layout, as Camunda Modeler saves it). */
    public void setDiagramXml(String xml) {
        diagramXml = xml == null ? "" : xml;
        getElement().setProperty("xml", diagramXml);
    }

    public String getDiagramXml() {
        return diagramXml;
    }

    /** The elements to highlight, by BPMN element id; ids not in the diagram are ignored. */
    public void setActiveElements(Collection<String> elementIds) {
        activeElements = elementIds == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(elementIds));
        getElement().setProperty("active", write(activeElements));
    }

    public Set<String> getActiveElements() {
        return activeElements;
    }

    /** A number badge on each element (for example open cases at each step); zero shows no badge. */
    public void setCounts(Map<String, Integer> counts) {
        this.counts = counts == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(counts));
        getElement().setProperty("counts", write(this.counts));
    }

    public Map<String, Integer> getCounts() {
        return counts;
    }

    /** The label on active elements ("Now" unless told otherwise). */
    public void setActiveLabel(String label) {
        getElement().setProperty("activeLabel", label == null ? "" : label);
    }

    /** The name screen readers give the focusable diagram. */
    public void setAccessibleName(String name) {
        getElement().setProperty("accessibleName", name == null ? "" : name);
    }

    public String getAccessibleName() {
        return getElement().getProperty("accessibleName", "");
    }

    /**
     * What the diagram shows, in words: shown under it and given to screen readers as its description.
     * Empty or null removes it.
     */
    public void setTextAlternative(String text) {
        textAlternative.setText(text == null ? "" : text);
        textAlternative.setVisible(text != null && !text.isBlank());
    }

    public String getTextAlternative() {
        return textAlternative.getText();
    }

    /** The height of the drawing area (the text alternative comes below it); 22rem unless told otherwise. */
    public void setDiagramHeight(String cssHeight) {
        getElement().getStyle().set("--rejoin-diagram-height", cssHeight);
    }

    /** Shows the drawing a quarter larger, about its centre (bpmn-js's canvas.zoom). */
    public void zoomIn() {
        zoomBy(1.25);
    }

    /** Shows the drawing a fifth smaller, about its centre. */
    public void zoomOut() {
        zoomBy(0.8);
    }

    /** Fits the whole drawing into its box again. */
    public void fit() {
        getElement().executeJs("const c = this._viewer && this._viewer.get('canvas');"
                + " if (c) { c.zoom('fit-viewport', 'auto'); }");
    }

    private void zoomBy(double factor) {
        getElement().executeJs("const c = this._viewer && this._viewer.get('canvas');"
                + " if (c) { c.zoom(Math.min(4, Math.max(0.1, c.zoom() * $0)), 'auto'); }", factor);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The diagram's data cannot be sent to the browser", e);
        }
    }
}
