//go:build tools

// Package tools pins a real Kubernetes API server and its etcd for test/support/kube.
package tools

import (
	_ "go.etcd.io/etcd/server/v3"
	_ "k8s.io/kubernetes/cmd/kube-apiserver"
)
