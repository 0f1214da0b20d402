package com.complianceportal.apikey.ui;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyStatus;
import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.base.ui.UserTime;
import com.complianceportal.i18n.Labels;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.grid.Grid.Column;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Arrays;

/** The key list's columns, bound as text by Lit templates: who the user is, and per upstream the masked key or none. */
final class KeyHolderColumns {

    private final UserTime time;

    KeyHolderColumns(UserTime time) {
        this.time = time;
    }

    Column<KeyHolder> user(Grid<KeyHolder> grid) {
        return grid.addColumn(LitRenderer.<KeyHolder>of(
                "<div class=\"key-cell-main\">${item.name}</div><div class=\"key-cell-sub\">${item.login}</div>")
                .withProperty("name", KeyHolder::displayName)
                .withProperty("login", h -> h.username() + " · " + Labels.label(h.role())))
                .setHeader(Texts.t("apikey.keyHolderColumns.user")).setKey("user").setSortable(true)
                        .setSortProperty("name").setFlexGrow(1)
                .setWidth("14rem");
    }

    Column<KeyHolder> upstream(Grid<KeyHolder> grid, Upstream upstream) {
        return grid.addColumn(LitRenderer.<KeyHolder>of("""
                ${item.masked ? html`<vaadin-badge theme="success small" aria-label="${item.spoken}">${item.masked}\
                </vaadin-badge>` : html`<span class="key-missing">${item.none}</span>`}\
                <div class="key-cell-sub">${item.summary}</div>""")
                .withProperty("none", h -> Texts.t("apikey.keyTexts.noKey"))
                .withProperty("masked", h -> h.key(upstream).map(KeyStatus::masked).orElse(""))
                .withProperty("spoken", h -> h.key(upstream).map(KeyTexts::endingIn).orElse(""))
                .withProperty("summary", h -> h.key(upstream).map(k -> KeyTexts.summary(k, time)).orElse("")))
                .setHeader(upstream.label()).setKey(upstream.name().toLowerCase(java.util.Locale.ROOT))
                .setSortable(false).setFlexGrow(1).setWidth("15rem");
    }

    /** The one column of narrow screens: the user, then one short line per upstream. */
    Column<KeyHolder> compact(Grid<KeyHolder> grid) {
        return grid.addColumn(LitRenderer.<KeyHolder>of("""
                <div class="key-compact">
                  <div><span class="key-cell-main">${item.name}</span> \
                <span class="key-cell-sub">${item.login}</span></div>
                  ${item.upstreams.map((upstream, i) => html`<div class="key-compact-line"><span>${upstream}</span>\
                ${item.masked[i] ? html`<vaadin-badge theme="success small">${item.masked[i]}</vaadin-badge>` \
                : html`<span class="key-missing">${item.none}</span>`}</div>`)}
                </div>""")
                .withProperty("none", h -> Texts.t("apikey.keyTexts.noKey"))
                .withProperty("name", KeyHolder::displayName)
                .withProperty("login", KeyHolder::username)
                .withProperty("upstreams", h -> Arrays.stream(Upstream.values()).map(Upstream::label).toList())
                .withProperty("masked", h -> Arrays.stream(Upstream.values())
                        .map(u -> h.key(u).map(KeyStatus::masked).orElse("")).toList()))
                .setHeader(Texts.t("apikey.keyHolderColumns.usersAndTheirKeys")).setKey("compact").setSortable(true)
                        .setSortProperty("name")
                .setFlexGrow(1);
    }

    /** A button that opens the user's keys; its click does not also count as a click on the row. */
    Column<KeyHolder> manage(Grid<KeyHolder> grid, SerializableConsumer<KeyHolder> open) {
        return grid.addColumn(LitRenderer.<KeyHolder>of("""
                <vaadin-button theme="tertiary small" aria-label="${item.label}" \
                @click=${e => { e.stopPropagation(); manage(); }}>Manage</vaadin-button>""")
                .withProperty("label", h -> Texts.t("apikey.keyHolderColumns.manageTheKeysOf", h.displayName()))
                .withFunction("manage", open))
                .setHeader("").setKey("manage").setSortable(false).setAutoWidth(true).setFlexGrow(0);
    }
}
