// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "./HubBatch.sol";
import "./HubBonds.sol";

/// @title Hub: the one address of the decloud protocol.
/// @notice Holds all state and delegates every call to the first module of the chain
///         HubTasks -> HubMarket -> HubEscrow (split only because EIP-170 limits a contract's
///         code to 24,576 bytes). Its interface is IHub. The batched path (HubBonds,
///         HubBatch) is the hub's own code: settle's calldata, hundreds of kilobytes for a
///         large batch, would otherwise be copied to memory at each delegation hop.
contract Hub is HubBonds, HubBatch {
    address private immutable _first;

    constructor(address token_, address owner_, address firstModule) {
        require(token_ != address(0) && owner_ != address(0) && firstModule != address(0), "hub: zero address in constructor");
        _token = IERC20Minimal(token_);
        _owner = owner_;
        _first = firstModule;
        emit OwnershipTransferred(address(0), owner_);
    }

    receive() external payable {
        revert("hub: does not accept ether");
    }

    fallback() external payable {
        require(msg.value == 0, "hub: does not accept ether");
        _delegate(_first);
    }
}
