// Copyright 2026 The Pronto Authors.
#include "pronto/events.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "bytes.h"
#include "json_dump.h"
#include "json_error.h"
#include "json_event.h"
#include "pronto/civil_time.h"

namespace pronto {
namespace {

using internal::EqualsIgnoreCase;

Status FieldError(const std::string& where, const char* field, const std::string& what,
                  std::string* out_field) {
  *out_field = field;
  return Status::Error("invalid_event", where + "." + field + " " + what);
}

}  // namespace

const char* EventKindName(EventKind kind) { return kind == EventKind::kCustomer ? "customer" : "brand"; }

bool ParseEventKind(std::string_view text, EventKind* kind) {
  if (EqualsIgnoreCase(text, "customer") || EqualsIgnoreCase(text, "inbound")) {
    *kind = EventKind::kCustomer;
    return true;
  }
  if (EqualsIgnoreCase(text, "brand") || EqualsIgnoreCase(text, "outbound")) {
    *kind = EventKind::kBrand;
    return true;
  }
  return false;
}

const char* PriorityName(Priority priority) {
  switch (priority) {
    case Priority::kLow:
      return "low";
    case Priority::kNormal:
      return "normal";
    case Priority::kHigh:
      return "high";
    case Priority::kUrgent:
      return "urgent";
    case Priority::kUnknown:
      break;
  }
  return "unknown";
}

bool ParsePriority(std::string_view text, Priority* priority) {
  static constexpr Priority kAll[] = {Priority::kUnknown, Priority::kLow, Priority::kNormal, Priority::kHigh,
                                      Priority::kUrgent};
  if (text.empty()) {
    *priority = Priority::kUnknown;
    return true;
  }
  for (Priority p : kAll) {
    if (EqualsIgnoreCase(text, PriorityName(p))) {
      *priority = p;
      return true;
    }
  }
  return false;
}

namespace internal {

Status EventFromJson(const nlohmann::json& obj, const std::string& where, Event* e, std::string* field) {
  if (!obj.is_object()) {
    *field = "";
    return Status::Error("invalid_event", where + " must be an object {channel, thread, kind, at, …}");
  }
  *e = Event();
  auto channel = obj.find("channel");
  if (channel != obj.end() && !channel->is_null()) {
    if (!channel->is_string())
      return FieldError(where, "channel", "must be a string such as \"facebook\"", field);
    e->channel = channel->get<std::string>();
  }
  auto thread = obj.find("thread");
  if (thread == obj.end() || !(thread->is_string() || thread->is_number_integer())) {
    return FieldError(where, "thread", "is required: the thread's id as a string", field);
  }
  e->thread = thread->is_string() ? thread->get<std::string>() : std::to_string(thread->get<int64_t>());
  if (e->thread.empty()) return FieldError(where, "thread", "must not be empty", field);
  auto kind = obj.find("kind");
  if (kind == obj.end() || !kind->is_string() || !ParseEventKind(kind->get<std::string>(), &e->kind)) {
    return FieldError(where, "kind", "must be \"customer\" or \"brand\"", field);
  }
  auto at = obj.find("at");
  if (at == obj.end()) return FieldError(where, "at", "is required: UTC milliseconds or ISO 8601", field);
  if (at->is_number()) {
    const double v = at->get<double>();
    if (!std::isfinite(v) || std::fabs(v) > 8.64e15) return FieldError(where, "at", "is out of range", field);
    e->at_ms = static_cast<int64_t>(v);
  } else if (at->is_string()) {
    const Status s = ParseTimestamp(at->get<std::string>(), &e->at_ms);
    if (!s.ok()) return FieldError(where, "at", ": " + s.message(), field);
  } else {
    return FieldError(where, "at", "must be UTC milliseconds or an ISO 8601 string", field);
  }
  auto agent = obj.find("agent");
  if (agent != obj.end() && !agent->is_null()) {
    if (!agent->is_string()) return FieldError(where, "agent", "must be a string", field);
    e->agent = agent->get<std::string>();
  }
  auto automated = obj.find("automated");
  if (automated != obj.end() && !automated->is_null()) {
    if (!automated->is_boolean()) return FieldError(where, "automated", "must be true or false", field);
    e->automated = automated->get<bool>();
  }
  auto brand = obj.find("brand");
  if (brand != obj.end() && !brand->is_null()) {
    if (!brand->is_string()) return FieldError(where, "brand", "must be a string", field);
    e->brand = brand->get<std::string>();
  }
  auto priority = obj.find("priority");
  if (priority != obj.end() && !priority->is_null()) {
    if (!priority->is_string() || !ParsePriority(priority->get<std::string>(), &e->priority)) {
      return FieldError(where, "priority", "must be \"low\", \"normal\", \"high\" or \"urgent\"", field);
    }
  }
  return Status::Ok();
}

}  // namespace internal

Status ParseEventsJson(std::string_view json, std::vector<Event>* events) {
  events->clear();
  nlohmann::json doc;
  if (Status s = internal::ParseJson(json, "invalid_json", "the events document is",
                                     "for one event per line use JSON Lines", &doc);
      !s.ok()) {
    return s;
  }
  const nlohmann::json* list = &doc;
  std::string prefix = "events";
  if (doc.is_object()) {
    auto schema = doc.find("schema");
    if (schema == doc.end() || !schema->is_number_integer() || schema->get<int64_t>() != 1) {
      return Status::Error("invalid_events", "field 'schema' must be 1 (this core reads events of schema 1)");
    }
    auto it = doc.find("events");
    if (it == doc.end() || !it->is_array()) {
      return Status::Error("invalid_events", "field 'events' must be an array of events");
    }
    list = &*it;
  } else if (!doc.is_array()) {
    return Status::Error("invalid_events", "expected {\"schema\":1,\"events\":[…]} or an array of events");
  }
  std::vector<Event> out(list->size());
  std::string field;
  for (size_t i = 0; i < list->size(); ++i) {
    const Status s =
        internal::EventFromJson((*list)[i], prefix + "[" + std::to_string(i) + "]", &out[i], &field);
    if (!s.ok()) return s;
  }
  *events = std::move(out);
  return Status::Ok();
}

std::string EventsToJson(const std::vector<Event>& events) {
  nlohmann::json list = nlohmann::json::array();
  for (const Event& e : events) {
    nlohmann::json o = {
        {"channel", e.channel}, {"thread", e.thread}, {"kind", EventKindName(e.kind)}, {"at", e.at_ms}};
    if (!e.agent.empty()) o["agent"] = e.agent;
    if (e.automated) o["automated"] = true;
    if (!e.brand.empty()) o["brand"] = e.brand;
    if (e.priority != Priority::kUnknown) o["priority"] = PriorityName(e.priority);
    list.push_back(std::move(o));
  }
  return DumpJson(nlohmann::json{{"schema", 1}, {"events", std::move(list)}});
}

}  // namespace pronto
