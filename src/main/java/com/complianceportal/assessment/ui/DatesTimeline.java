package com.complianceportal.assessment.ui;

import com.complianceportal.assessment.domain.AssessmentDates;
import com.complianceportal.base.ui.UserTime;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The dates of an assessment's life in time order; dates it does not have are listed as not set. */
final class DatesTimeline extends Div {

    private record Entry(String label, @Nullable OffsetDateTime at) {
    }

    DatesTimeline(AssessmentDates d, OffsetDateTime updated, UserTime time) {
        addClassName("dates-timeline");
        List<Entry> entries = new ArrayList<>(List.of(new Entry("Window opens", d.windowStart()),
                new Entry("Window closes", d.windowEnd()), new Entry("Due", d.due()),
                new Entry("Audit start", d.auditStart()), new Entry("Audit end", d.auditEnd()),
                new Entry("Started", d.started()), new Entry("Submitted", d.submitted()),
                new Entry("Completed", d.completed()), new Entry("Reopened", d.reopened()),
                new Entry("Last updated", updated)));
        var list = new OrderedList();
        entries.stream().filter(e -> e.at() != null).sorted(Comparator.comparing(Entry::at))
                .forEach(e -> list.add(item(e.label(), time.dateTime(e.at()), true)));
        entries.stream().filter(e -> e.at() == null).forEach(e -> list.add(item(e.label(), "not set", false)));
        add(list);
    }

    private static ListItem item(String label, String value, boolean set) {
        var l = new Span(label);
        l.addClassName("timeline-label");
        var v = new Span(value);
        v.addClassName("timeline-value");
        var item = new ListItem(l, v);
        item.addClassName(set ? "timeline-set" : "timeline-unset");
        return item;
    }
}
