//go:build tools

// Package tools pins kluctl, the oracle of the differential tests (test/oracle).
package tools

import _ "github.com/kluctl/kluctl/v2/cmd"
